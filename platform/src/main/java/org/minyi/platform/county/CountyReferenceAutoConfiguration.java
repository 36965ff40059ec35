package org.minyi.platform.county;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;

/**
 * Every service loads the same deployment file at start and refuses to start when it is invalid.
 * {@code MINYI_COUNTY_FILE} names it; without it the demo county is used, unless {@code MINYI_DEMO=false}.
 */
@AutoConfiguration
public class CountyReferenceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CountyReference countyReference(@Value("${minyi.county-file:}") String countyFile,
                                    @Value("${minyi.demo:true}") boolean demo) {
        if (!countyFile.isBlank()) {
            return CountyReferenceLoader.load(Path.of(countyFile));
        }
        if (!demo) {
            throw new InvalidCountyReferenceException("configuration",
                    java.util.List.of("MINYI_COUNTY_FILE (minyi.county-file) must name the county file when MINYI_DEMO=false"));
        }
        return CountyReferenceLoader.loadDemo();
    }
}
