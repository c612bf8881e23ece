package jp.enishi.demo;

import java.util.List;

/** The demo's people. Addresses use example domains; the password is {@link DemoData#PASSWORD}. */
final class DemoPeople {

    record Person(String email, String displayName) {
    }

    static final Person CONSORTIUM_ADMIN = new Person("admin@enishi.example", "コンソーシアム事務局");
    static final Person KAMISHIHORO_ADMIN = new Person("tanaka@kamishihoro.example", "田中 美咲（上士幌町）");
    static final Person SHIOJIRI_ADMIN = new Person("yamada@shiojiri.example", "山田 健（塩尻市）");
    static final Person SHIOJIRI_STAFF = new Person("suzuki@shiojiri.example", "鈴木 由紀（塩尻市）");
    static final Person COORDINATOR = new Person("sato@meguru.example", "佐藤 亮（MEGURU 世話人）");
    static final Person THEME_OWNER = new Person("owner@wainari.example", "小松 直人（WaiNari）");
    static final Person TOTTORI_ADMIN = new Person("ito@tottori.example", "伊藤 彩（鳥取県）");
    static final Person NANTO_ADMIN = new Person("kobayashi@nanto.example", "小林 誠（南砺市）");
    static final Person KUMAMOTO_ADMIN = new Person("watanabe@kumamoto.example", "渡辺 真理（熊本県）");
    static final Person PRO_MARKETER = new Person("hanako@pro.example", "中村 花子");
    static final Person PRO_ENGINEER = new Person("kenji@pro.example", "高橋 健二");
    static final Person PRO_DESIGNER = new Person("aiko@pro.example", "森 愛子");

    /** Shiojiri's ten side-jobbers of MEGURU's programme (seed 003: 10 people on 5 themes), November to January. */
    static final List<Person> SHIOJIRI_SIDE_JOBBERS = List.of(new Person("ono@side.example", "大野 翔太"),
            new Person("inoue@side.example", "井上 真由"), new Person("kimura@side.example", "木村 大輔"),
            new Person("hayashi@side.example", "林 さくら"), new Person("shimizu@side.example", "清水 拓也"),
            new Person("yamaguchi@side.example", "山口 恵"), new Person("matsumoto@side.example", "松本 洋平"),
            new Person("saito@side.example", "斎藤 玲奈"), new Person("kato@side.example", "加藤 航"),
            new Person("yoshida@side.example", "吉田 里美"));
    /** Kamishihoro's two contracts of the 縁ハンス programme (seed 000: 2 contracts out of 5 businesses). */
    static final List<Person> KAMISHIHORO_CONTRACTORS = List.of(new Person("okada@side.example", "岡田 智子"),
            new Person("maeda@side.example", "前田 隆"));
    static final Person NANTO_PARTNER = new Person("ishikawa@side.example", "石川 悠");
    /** Hired by Nanto a moment ago: the terms are still to be confirmed. */
    static final Person NANTO_NEW_HIRE = new Person("fujita@side.example", "藤田 健");
    static final Person KUMAMOTO_PRO = new Person("nakajima@side.example", "中島 美穂");

    static final List<Person> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(KAMISHIHORO_ADMIN,
            SHIOJIRI_ADMIN, SHIOJIRI_STAFF, COORDINATOR, THEME_OWNER, TOTTORI_ADMIN, NANTO_ADMIN, KUMAMOTO_ADMIN,
            PRO_MARKETER, PRO_ENGINEER, PRO_DESIGNER, NANTO_PARTNER, NANTO_NEW_HIRE, KUMAMOTO_PRO),
            java.util.stream.Stream.concat(SHIOJIRI_SIDE_JOBBERS.stream(), KAMISHIHORO_CONTRACTORS.stream())).toList();

    private DemoPeople() {
    }
}
