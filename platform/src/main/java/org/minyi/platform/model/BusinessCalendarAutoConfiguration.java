package org.minyi.platform.model;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class BusinessCalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BusinessCalendar businessCalendar() {
        return BusinessCalendar.system();
    }
}
