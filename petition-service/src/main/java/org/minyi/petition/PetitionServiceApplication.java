package org.minyi.petition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Letters and visits (信访): intake and the petition lifecycle, event-sourced. */
@SpringBootApplication
public class PetitionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetitionServiceApplication.class, args);
    }
}
