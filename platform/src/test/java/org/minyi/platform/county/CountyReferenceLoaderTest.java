package org.minyi.platform.county;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountyReferenceLoaderTest {

    private static CountyReference load(String yaml) {
        return CountyReferenceLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    @Test
    void theDemoCountyIsValidAndRealisticInSize() {
        CountyReference demo = CountyReferenceLoader.loadDemo();
        assertThat(demo.county().code()).isEqualTo("339901");
        assertThat(demo.townships()).hasSizeBetween(12, 15);
        assertThat(demo.townships()).allSatisfy(t -> {
            assertThat(t.villages()).hasSizeBetween(10, 15);
            assertThat(t.units()).isNotEmpty();
        });
        assertThat(demo.hasVillage("339901101", demo.township("339901101").orElseThrow().villages().get(0).code())).isTrue();
        assertThat(demo.hasUnit("339901-XFJ")).isTrue();
        assertThat(demo.hasUnit("339901-NOPE")).isFalse();
    }

    @Test
    void everyBadEntryIsNamed() {
        String yaml = """
                county:
                  code: "339901"
                  name: 青溪县
                  units: [{ code: "339901-xf", name: 信访局 }]
                townships:
                  - code: "339901101"
                    name: 青石镇
                    villages:
                      - { code: "339901101201", name: 甲村 }
                      - { code: "339901102202", name: 乙村 }
                      - { code: "339901101201", name: 丙村 }
                    units: [{ code: "339901101-ZF", name: "" }]
                  - code: "33990110"
                    name: 白沙镇
                  - code: "339901101"
                    name: 重复镇
                """;
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(InvalidCountyReferenceException.class, e -> assertThat(e.problems()).containsExactly(
                        "county.units[0].code '339901-xf': must be '339901-' followed by 2 to 12 capital letters or digits",
                        "townships[0].villages[1].code '339901102202': must be 12 digits starting with the township code 339901101",
                        "townships[0].villages[2].code '339901101201': duplicate village code",
                        "townships[0].units[0].name: must not be blank",
                        "townships[1].code '33990110': must be 9 digits starting with the county code 339901",
                        "townships[2].code '339901101': duplicate township code"))
                .hasMessageContaining("test.yml");
    }

    @Test
    void unreadableOrMissingFilesAreReportedClearly() {
        assertThatThrownBy(() -> load("county: [not, a, map]"))
                .isInstanceOf(InvalidCountyReferenceException.class).hasMessageContaining("not a readable county file");
        assertThatThrownBy(() -> load("townships: []"))
                .isInstanceOf(InvalidCountyReferenceException.class).hasMessageContaining("county: missing");
        assertThatThrownBy(() -> CountyReferenceLoader.load(Path.of("/nonexistent/county.yml")))
                .isInstanceOf(InvalidCountyReferenceException.class).hasMessageContaining("file not found");
    }

    @Test
    void deadlinesDefaultToTheNationalFiguresAndMayBeChanged() {
        String county = """
                county: { code: "339901", name: 青溪县, units: [] }
                townships: [{ code: "339901101", name: 青石镇 }]
                """;
        Deadlines defaults = load(county).deadlines();
        assertThat(defaults.petitions().dispositionDays()).isEqualTo(15);
        assertThat(defaults.petitions().completionDays()).isEqualTo(60);
        assertThat(defaults.petitions().maxExtensionDays()).isEqualTo(30);
        assertThat(defaults.proposals().complexReplyMonths()).isEqualTo(6);
        assertThat(defaults.proposals().maxRounds()).isEqualTo(3);

        Deadlines changed = load(county + """
                deadlines:
                  petitions: { completionDays: 30 }
                  proposals: { maxRounds: 2 }
                """).deadlines();
        assertThat(changed.petitions().completionDays()).isEqualTo(30);
        assertThat(changed.petitions().answerDays()).isEqualTo(15);
        assertThat(changed.proposals().maxRounds()).isEqualTo(2);
        assertThat(CountyReferenceLoader.loadDemo().deadlines()).isEqualTo(Deadlines.DEFAULTS);
    }

    @Test
    void aDeadlineBelowOneDayOrAComplexReplyShorterThanANormalOneIsNamed() {
        String yaml = """
                county: { code: "339901", name: 青溪县, units: [] }
                townships: [{ code: "339901101", name: 青石镇 }]
                deadlines:
                  petitions: { answerDays: 0 }
                  proposals: { replyMonths: 4, complexReplyMonths: 3 }
                """;
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(InvalidCountyReferenceException.class, e -> assertThat(e.problems()).containsExactly(
                        "deadlines.petitions.answerDays 0: must be at least 1",
                        "deadlines.proposals.complexReplyMonths 3: must not be shorter than replyMonths 4"));
    }

    @Test
    void thePointsSchemeDefaultsToFourCategoriesOfOneHundredPointsAndIsChecked() {
        PointsRules defaults = CountyReferenceLoader.loadDemo().points();
        assertThat(defaults.categories().values().stream().map(PointsRules.Category::max)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(defaults.items()).hasSizeGreaterThanOrEqualTo(15);

        String yaml = """
                county: { code: "339901", name: 青溪县, units: [] }
                townships: [{ code: "339901101", name: 青石镇 }]
                points:
                  categories:
                    DISCIPLINE: { max: 20, base: 25 }
                    SESSION: { max: 30 }
                    INTERSESSION: { max: 40 }
                    LEISURE: { max: 10 }
                  items:
                    - { code: A, name: 接待选民, category: INTERSESSION, activityType: VOTER_RECEPTION, points: 2, cap: 1 }
                    - { code: A, name: 议案, category: SESSION, proposalRole: MOTION_LEAD, activityType: SURVEY, points: 5, cap: 10 }
                  stars:
                    - { stars: 5, minTotal: 90 }
                    - { stars: 4, minTotal: 95 }
                """;
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(InvalidCountyReferenceException.class, e -> assertThat(e.problems()).containsExactly(
                        "points.categories.DISCIPLINE.base 25: must be between 0 and max 20",
                        "points.categories.OTHER: needs a positive max",
                        "points.categories.LEISURE: not a category (DISCIPLINE, SESSION, INTERSESSION, OTHER)",
                        "points.items[0].cap: must be at least the points of one occurrence",
                        "points.items[1].code 'A': must be given and unique",
                        "points.items[1]: counts either an activityType or a proposalRole",
                        "points.stars[1]: thresholds go from the most stars down, each lower than the one before"));
    }
}
