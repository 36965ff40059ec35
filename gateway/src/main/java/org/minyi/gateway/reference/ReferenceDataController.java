package org.minyi.gateway.reference;

import org.minyi.platform.county.CountyReference;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The county's reference data (API.md "Reference data"), from the deployment file. */
@RestController
@RequestMapping("/api")
public class ReferenceDataController {

    private final CountyReference county;

    public ReferenceDataController(CountyReference county) {
        this.county = county;
    }

    @GetMapping("/townships")
    public List<CountyReference.Township> townships() {
        return county.townships();
    }

    @GetMapping("/county")
    public CountyReference.County county() {
        return county.county();
    }
}
