package org.minyi.reporting.export;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Registers the CSV and Excel writer for every report endpoint (content negotiation by {@code Accept}). */
@Configuration
public class ExportConfig implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new ReportFileConverter());
    }
}
