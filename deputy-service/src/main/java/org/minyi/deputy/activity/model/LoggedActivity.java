package org.minyi.deputy.activity.model;

import java.util.List;
import java.util.UUID;

/** What the access rules ({@link ActivityAccessPolicy}) need to know of a logged activity. */
public interface LoggedActivity {

    String townshipCode();

    List<UUID> deputyIds();

    String recordedBy();
}
