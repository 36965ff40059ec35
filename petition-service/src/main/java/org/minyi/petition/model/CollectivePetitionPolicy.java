package org.minyi.petition.model;

/**
 * A petition is collective (集体访) when 5 or more people bring it. Offices often record only the
 * representatives of a group visit, so the number of visitors counts as well as the named petitioners.
 */
public final class CollectivePetitionPolicy {

    public static final int THRESHOLD = 5;

    private CollectivePetitionPolicy() {
    }

    public static boolean isCollective(int petitioners, Integer visitors) {
        return petitioners >= THRESHOLD || (visitors != null && visitors >= THRESHOLD);
    }
}
