package jp.enishi.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.enishi.base.Locales;

/** The eight regions (地方) the prefectures are usually grouped in, north to south, for filters. */
public enum Region {
    HOKKAIDO("北海道", "Hokkaido", 1, 1),
    TOHOKU("東北", "Tohoku", 2, 7),
    KANTO("関東", "Kanto", 8, 14),
    CHUBU("中部", "Chubu", 15, 23),
    KINKI("近畿", "Kinki", 24, 30),
    CHUGOKU("中国", "Chugoku", 31, 35),
    SHIKOKU("四国", "Shikoku", 36, 39),
    KYUSHU_OKINAWA("九州・沖縄", "Kyushu & Okinawa", 40, 47);

    private final String nameJa;
    private final String nameEn;
    private final int firstJisCode;
    private final int lastJisCode;

    Region(String nameJa, String nameEn, int firstJisCode, int lastJisCode) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.firstJisCode = firstJisCode;
        this.lastJisCode = lastJisCode;
    }

    public static Region of(Prefecture prefecture) {
        return Arrays.stream(values())
                .filter(r -> prefecture.jisCode() >= r.firstJisCode && prefecture.jisCode() <= r.lastJisCode)
                .findFirst().orElseThrow();
    }

    public List<Prefecture> prefectures() {
        return Arrays.stream(Prefecture.values()).filter(p -> of(p) == this).toList();
    }

    public String displayName(Locale locale) {
        return Locales.isEnglish(locale) ? nameEn : nameJa;
    }
}
