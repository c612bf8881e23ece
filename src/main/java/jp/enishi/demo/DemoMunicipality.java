package jp.enishi.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.enishi.workspace.MunicipalityKind;
import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.Role;

/** The participating municipalities of the demo, with facts from the seed documents, in our own words. */
record DemoMunicipality(String slug, String nameJa, String nameEn, Prefecture prefecture, MunicipalityKind kind,
                        String descriptionJa, String descriptionEn, String firstAdmin, Map<String, Role> members) {

    static final List<DemoMunicipality> ALL = List.of(
            new DemoMunicipality("kamishihoro", "上士幌町", "Kamishihoro", Prefecture.HOKKAIDO, MunicipalityKind.TOWN,
                    "「かみしほろ縁ハンスプロジェクト」で、町内事業者の想いを発注仕様にまとめ、都市の副業人材とつなぎます。オンライン説明会には51人が参加し、12人から19件の提案が届き、2件の契約が結ばれました。",
                    "The Kamishihoro En-Hans project turns local businesses' wishes into order specs and matches them with city side-jobbers: 51 joined the online briefings, 12 people sent 19 proposals, 2 contracts followed.",
                    DemoPeople.KAMISHIHORO_ADMIN.email(), team()),
            new DemoMunicipality("shiojiri", "塩尻市", "Shiojiri", Prefecture.NAGANO, MunicipalityKind.CITY,
                    "テーマオーナーと世話人が地域課題を仕様書にまとめ、副業人材を募集しています。72人と面談し、10人が5つのテーマで活動。オンラインサロン「塩尻CxO Lab」で関係が続きます。",
                    "Theme owners and coordinators write each local challenge into a spec sheet and recruit side-jobbers: 72 interviews, 10 people on 5 themes, and the online salon Shiojiri CxO Lab to stay in touch.",
                    DemoPeople.SHIOJIRI_ADMIN.email(), team(DemoPeople.SHIOJIRI_STAFF.email(), Role.STAFF,
                    DemoPeople.COORDINATOR.email(), Role.COORDINATOR, DemoPeople.THEME_OWNER.email(), Role.THEME_OWNER)),
            new DemoMunicipality("tottori", "鳥取県", "Tottori Prefecture", Prefecture.TOTTORI, MunicipalityKind.PREFECTURE,
                    "「週1副社長」で県内企業と都市のプロ人材の副業をつなぎます。初年度は1,363人の応募から23人、翌年は1,239人から93人が採用されました。",
                    "'Vice-president one day a week' matches the prefecture's firms with city professionals: 1,363 applicants led to 23 hires in the first year, 1,239 to 93 in the next.",
                    DemoPeople.TOTTORI_ADMIN.email(), team(DemoPeople.COORDINATOR.email(), Role.COORDINATOR)),
            new DemoMunicipality("nanto", "南砺市", "Nanto", Prefecture.TOYAMA, MunicipalityKind.CITY,
                    "「副業応援市民」として市内企業の副業求人を後押しし、地元企業の求人掲載数をKPIにしています。マッチング後も2か月ごとに企業を訪ねて伴走します。",
                    "Nanto backs local firms' side-job postings as 'side-job supporter citizens', measures the number of postings, and visits each firm every two months after a match.",
                    DemoPeople.NANTO_ADMIN.email(), team()),
            new DemoMunicipality("kumamoto", "熊本県", "Kumamoto Prefecture", Prefecture.KUMAMOTO, MunicipalityKind.PREFECTURE,
                    "プロフェッショナル人材戦略拠点として、県内企業の経営課題とプロ人材をつなぎます。成約件数と相談件数（目標：成約50件・相談853件）で成果を測ります。",
                    "The professional-talent base connects the prefecture's firms with professionals, measured by contracts and consultations (targets: 50 contracts, 853 consultations).",
                    DemoPeople.KUMAMOTO_ADMIN.email(), team()));

    private static Map<String, Role> team(Object... emailAndRole) {
        Map<String, Role> members = new LinkedHashMap<>();
        for (int i = 0; i < emailAndRole.length; i += 2) {
            members.put((String) emailAndRole[i], (Role) emailAndRole[i + 1]);
        }
        return members;
    }
}
