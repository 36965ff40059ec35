package org.minyi.platform.county;

import org.minyi.platform.county.CountyReference.County;
import org.minyi.platform.county.CountyReference.Township;
import org.minyi.platform.county.CountyReference.Unit;
import org.minyi.platform.county.CountyReference.Village;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the deployment file. Codes are statistical division codes (统计用区划代码):
 * county 6 digits, township 9 (county + 3), village 12 (township + 3). A unit code is its owner's
 * code, a dash and 2 to 12 capital letters or digits, e.g. {@code 339901101-ZF}.
 */
public final class CountyReferenceLoader {

    /** The fictional demo county shipped with the product. */
    public static final String DEMO_RESOURCE = "org/minyi/platform/county/demo-county.yml";

    private static final Pattern COUNTY_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern TOWNSHIP_CODE = Pattern.compile("[0-9]{9}");
    private static final Pattern VILLAGE_CODE = Pattern.compile("[0-9]{12}");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("-[A-Z0-9]{2,12}");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CountyReferenceLoader() {
    }

    public static CountyReference load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidCountyReferenceException(file.toString(), List.of("file not found"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CountyReference loadDemo() {
        try (InputStream in = CountyReferenceLoader.class.getClassLoader().getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Demo county missing from the classpath: " + DEMO_RESOURCE);
            }
            return load(in, "classpath:" + DEMO_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CountyReference load(InputStream in, String source) {
        CountyReference reference;
        try {
            reference = YAML.readValue(in, CountyReference.class);
        } catch (JacksonException e) {
            throw new InvalidCountyReferenceException(source, List.of("not a readable county file: " + e.getOriginalMessage()
                    + (e.getPathReference() == null ? "" : " at " + e.getPathReference())));
        }
        List<String> problems = validate(reference);
        if (!problems.isEmpty()) {
            throw new InvalidCountyReferenceException(source, problems);
        }
        return reference;
    }

    static List<String> validate(CountyReference reference) {
        List<String> problems = new ArrayList<>();
        if (reference == null || reference.county() == null) {
            problems.add("county: missing");
            return problems;
        }
        County county = reference.county();
        String countyCode = county.code();
        if (countyCode == null || !COUNTY_CODE.matcher(countyCode).matches()) {
            problems.add("county.code '" + countyCode + "': must be 6 digits");
            countyCode = "";
        }
        requireName("county", county.name(), problems);
        Set<String> unitCodes = new HashSet<>();
        checkUnits("county", countyCode, county.units(), unitCodes, problems);

        List<Township> townships = reference.townships() == null ? List.of() : reference.townships();
        if (townships.isEmpty()) {
            problems.add("townships: at least one township is required");
        }
        Set<String> townshipCodes = new HashSet<>();
        Set<String> villageCodes = new HashSet<>();
        for (int i = 0; i < townships.size(); i++) {
            Township t = townships.get(i);
            String where = "townships[" + i + "]";
            if (t == null) {
                problems.add(where + ": empty entry");
                continue;
            }
            String code = t.code();
            if (code == null || !TOWNSHIP_CODE.matcher(code).matches() || !code.startsWith(countyCode)) {
                problems.add(where + ".code '" + code + "': must be 9 digits starting with the county code " + countyCode);
            } else if (!townshipCodes.add(code)) {
                problems.add(where + ".code '" + code + "': duplicate township code");
            }
            requireName(where, t.name(), problems);
            String townshipCode = code == null ? "" : code;
            List<Village> villages = t.villages() == null ? List.of() : t.villages();
            for (int j = 0; j < villages.size(); j++) {
                Village v = villages.get(j);
                String vWhere = where + ".villages[" + j + "]";
                if (v == null) {
                    problems.add(vWhere + ": empty entry");
                    continue;
                }
                if (v.code() == null || !VILLAGE_CODE.matcher(v.code()).matches() || !v.code().startsWith(townshipCode)) {
                    problems.add(vWhere + ".code '" + v.code() + "': must be 12 digits starting with the township code " + townshipCode);
                } else if (!villageCodes.add(v.code())) {
                    problems.add(vWhere + ".code '" + v.code() + "': duplicate village code");
                }
                requireName(vWhere, v.name(), problems);
            }
            checkUnits(where, townshipCode, t.units(), unitCodes, problems);
        }
        checkDeadlines(reference.deadlines(), problems);
        checkPoints(reference.points(), problems);
        return problems;
    }

    private static void checkPoints(PointsRules points, List<String> problems) {
        java.util.Map<String, PointsRules.Category> categories = points.categories() == null ? java.util.Map.of() : points.categories();
        for (String name : PointsRules.CATEGORIES) {
            PointsRules.Category c = categories.get(name);
            if (c == null || c.max() == null || c.max().signum() <= 0) {
                problems.add("points.categories." + name + ": needs a positive max");
            } else if (c.base() != null && (c.base().signum() < 0 || c.base().compareTo(c.max()) > 0)) {
                problems.add("points.categories." + name + ".base " + c.base() + ": must be between 0 and max " + c.max());
            }
        }
        categories.keySet().stream().filter(k -> !PointsRules.CATEGORIES.contains(k)).sorted()
                .forEach(k -> problems.add("points.categories." + k + ": not a category (" + String.join(", ", PointsRules.CATEGORIES) + ")"));
        List<PointsRules.Item> items = points.items() == null ? List.of() : points.items();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PointsRules.Item item = items.get(i);
            String where = "points.items[" + i + "]";
            if (item == null) {
                problems.add(where + ": empty entry");
                continue;
            }
            if (item.code() == null || item.code().isBlank() || !codes.add(item.code())) {
                problems.add(where + ".code '" + item.code() + "': must be given and unique");
            }
            requireName(where, item.name(), problems);
            if (!PointsRules.CATEGORIES.contains(String.valueOf(item.category()))) {
                problems.add(where + ".category '" + item.category() + "': must be one of " + String.join(", ", PointsRules.CATEGORIES));
            }
            boolean activity = item.activityType() != null;
            boolean proposal = item.proposalRole() != null;
            if (activity == proposal) {
                problems.add(where + ": counts either an activityType or a proposalRole");
            } else if (activity && !PointsRules.ACTIVITY_TYPES.contains(item.activityType())) {
                problems.add(where + ".activityType '" + item.activityType() + "': unknown");
            } else if (proposal && !PointsRules.PROPOSAL_ROLES.contains(item.proposalRole())) {
                problems.add(where + ".proposalRole '" + item.proposalRole() + "': must be one of " + String.join(", ", PointsRules.PROPOSAL_ROLES));
            }
            if (item.inspectionMode() != null && !"INSPECTION".equals(item.activityType())) {
                problems.add(where + ".inspectionMode: only for activityType INSPECTION");
            }
            if (item.points() == null || item.points().signum() <= 0) {
                problems.add(where + ".points: must be positive");
            }
            if (item.cap() == null || item.points() != null && item.cap().compareTo(item.points()) < 0) {
                problems.add(where + ".cap: must be at least the points of one occurrence");
            }
        }
        List<PointsRules.Star> stars = points.stars() == null ? List.of() : points.stars();
        for (int i = 1; i < stars.size(); i++) {
            if (stars.get(i).minTotal().compareTo(stars.get(i - 1).minTotal()) >= 0 || stars.get(i).stars() >= stars.get(i - 1).stars()) {
                problems.add("points.stars[" + i + "]: thresholds go from the most stars down, each lower than the one before");
            }
        }
    }

    private static void checkDeadlines(Deadlines deadlines, List<String> problems) {
        Deadlines.Petitions p = deadlines.petitions();
        requirePositive("deadlines.petitions.registrationDays", p.registrationDays(), problems);
        requirePositive("deadlines.petitions.dispositionDays", p.dispositionDays(), problems);
        requirePositive("deadlines.petitions.completionDays", p.completionDays(), problems);
        requirePositive("deadlines.petitions.maxExtensionDays", p.maxExtensionDays(), problems);
        requirePositive("deadlines.petitions.answerDays", p.answerDays(), problems);
        requirePositive("deadlines.petitions.returnVisitDays", p.returnVisitDays(), problems);
        requirePositive("deadlines.petitions.reviewRequestDays", p.reviewRequestDays(), problems);
        requirePositive("deadlines.petitions.repeatWindowDays", p.repeatWindowDays(), problems);
        Deadlines.Proposals q = deadlines.proposals();
        requirePositive("deadlines.proposals.replyMonths", q.replyMonths(), problems);
        requirePositive("deadlines.proposals.complexReplyMonths", q.complexReplyMonths(), problems);
        requirePositive("deadlines.proposals.maxRounds", q.maxRounds(), problems);
        if (q.complexReplyMonths() < q.replyMonths()) {
            problems.add("deadlines.proposals.complexReplyMonths " + q.complexReplyMonths()
                    + ": must not be shorter than replyMonths " + q.replyMonths());
        }
    }

    private static void requirePositive(String where, int value, List<String> problems) {
        if (value < 1) {
            problems.add(where + " " + value + ": must be at least 1");
        }
    }

    private static void checkUnits(String owner, String ownerCode, List<Unit> units, Set<String> seen, List<String> problems) {
        if (units == null) {
            return;
        }
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            String where = owner + ".units[" + k + "]";
            if (u == null) {
                problems.add(where + ": empty entry");
                continue;
            }
            String code = u.code();
            if (code == null || !code.startsWith(ownerCode) || !UNIT_SUFFIX.matcher(code.substring(ownerCode.length())).matches()) {
                problems.add(where + ".code '" + code + "': must be '" + ownerCode + "-' followed by 2 to 12 capital letters or digits");
            } else if (!seen.add(code)) {
                problems.add(where + ".code '" + code + "': duplicate unit code");
            }
            requireName(where, u.name(), problems);
        }
    }

    private static void requireName(String where, String name, List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add(where + ".name: must not be blank");
        }
    }
}
