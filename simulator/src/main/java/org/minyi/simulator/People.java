package org.minyi.simulator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Invented people. Names are drawn from common surnames and given-name characters; ID numbers use the demo
 * county's fictional division code (339901) with a valid check digit; phone numbers are all in the
 * 199-0000 block, so no invented number is anybody's. None of this is ever printed.
 */
final class People {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强文文红梅玉兰春梅海燕国庆晓东立新永红德明海波晓燕丽华金凤红霞";
    static final String ETHNICITIES = "汉族";

    private People() {
    }

    static String name(SplittableRandom r) {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int n = r.nextInt(10) < 3 ? 1 : 2;
        for (int i = 0; i < n; i++) {
            b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    static String phone(SplittableRandom r) {
        return "1990000" + String.format("%04d", r.nextInt(10_000));
    }

    static LocalDate birthDate(SplittableRandom r, LocalDate today, int minAge, int maxAge) {
        return today.minusYears(minAge + r.nextInt(maxAge - minAge + 1)).minusDays(r.nextInt(365));
    }

    /** An 18-character resident ID number (GB 11643) of the fictional county, with its check character. */
    static String idNumber(SplittableRandom r, LocalDate birth) {
        String body = "339901" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", r.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
