package jp.enishi.workspace;

import java.util.Locale;

import jp.enishi.base.Locales;

/** The 47 prefectures in JIS X 0401 order (the code is the JIS code), with their Japanese and English names. */
public enum Prefecture {
    HOKKAIDO(1, "北海道", "Hokkaido"),
    AOMORI(2, "青森県", "Aomori"),
    IWATE(3, "岩手県", "Iwate"),
    MIYAGI(4, "宮城県", "Miyagi"),
    AKITA(5, "秋田県", "Akita"),
    YAMAGATA(6, "山形県", "Yamagata"),
    FUKUSHIMA(7, "福島県", "Fukushima"),
    IBARAKI(8, "茨城県", "Ibaraki"),
    TOCHIGI(9, "栃木県", "Tochigi"),
    GUNMA(10, "群馬県", "Gunma"),
    SAITAMA(11, "埼玉県", "Saitama"),
    CHIBA(12, "千葉県", "Chiba"),
    TOKYO(13, "東京都", "Tokyo"),
    KANAGAWA(14, "神奈川県", "Kanagawa"),
    NIIGATA(15, "新潟県", "Niigata"),
    TOYAMA(16, "富山県", "Toyama"),
    ISHIKAWA(17, "石川県", "Ishikawa"),
    FUKUI(18, "福井県", "Fukui"),
    YAMANASHI(19, "山梨県", "Yamanashi"),
    NAGANO(20, "長野県", "Nagano"),
    GIFU(21, "岐阜県", "Gifu"),
    SHIZUOKA(22, "静岡県", "Shizuoka"),
    AICHI(23, "愛知県", "Aichi"),
    MIE(24, "三重県", "Mie"),
    SHIGA(25, "滋賀県", "Shiga"),
    KYOTO(26, "京都府", "Kyoto"),
    OSAKA(27, "大阪府", "Osaka"),
    HYOGO(28, "兵庫県", "Hyogo"),
    NARA(29, "奈良県", "Nara"),
    WAKAYAMA(30, "和歌山県", "Wakayama"),
    TOTTORI(31, "鳥取県", "Tottori"),
    SHIMANE(32, "島根県", "Shimane"),
    OKAYAMA(33, "岡山県", "Okayama"),
    HIROSHIMA(34, "広島県", "Hiroshima"),
    YAMAGUCHI(35, "山口県", "Yamaguchi"),
    TOKUSHIMA(36, "徳島県", "Tokushima"),
    KAGAWA(37, "香川県", "Kagawa"),
    EHIME(38, "愛媛県", "Ehime"),
    KOCHI(39, "高知県", "Kochi"),
    FUKUOKA(40, "福岡県", "Fukuoka"),
    SAGA(41, "佐賀県", "Saga"),
    NAGASAKI(42, "長崎県", "Nagasaki"),
    KUMAMOTO(43, "熊本県", "Kumamoto"),
    OITA(44, "大分県", "Oita"),
    MIYAZAKI(45, "宮崎県", "Miyazaki"),
    KAGOSHIMA(46, "鹿児島県", "Kagoshima"),
    OKINAWA(47, "沖縄県", "Okinawa");

    private final int jisCode;
    private final String nameJa;
    private final String nameEn;

    Prefecture(int jisCode, String nameJa, String nameEn) {
        this.jisCode = jisCode;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public int jisCode() {
        return jisCode;
    }

    public String displayName(Locale locale) {
        return Locales.isEnglish(locale) ? nameEn : nameJa;
    }
}
