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

    static final List<Person> ALL = List.of(KAMISHIHORO_ADMIN, SHIOJIRI_ADMIN, SHIOJIRI_STAFF, COORDINATOR,
            THEME_OWNER, TOTTORI_ADMIN, NANTO_ADMIN, KUMAMOTO_ADMIN, PRO_MARKETER, PRO_ENGINEER, PRO_DESIGNER);

    private DemoPeople() {
    }
}
