package jp.enishi.talent;

import java.util.List;
import java.util.Set;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.base.EditConflictException;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Problem;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class TalentProfilesTest {

    @Autowired TalentProfiles profiles;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_professional_fills_in_their_profile_and_completeness_says_what_is_left() {
        signIn.newUser("talent");
        assertThat(profiles.completeness().percent()).isZero();
        TalentProfileData saved = profiles.save(new TalentProfileData(" マーケター ", Set.of(SkillCategory.MARKETING),
                List.of("SNS", " SNS ", "広告"), "食品メーカーで12年。", List.of("A社 ブランド担当", ""),
                List.of("https://example.jp/me"), 4, null, WorkStyle.REMOTE, Set.of(Region.CHUBU), List.of("ワイン"),
                Set.of(Motivation.CONTRIBUTING_TO_A_REGION), null, -1));

        assertThat(saved.headline()).isEqualTo("マーケター");
        assertThat(saved.tags()).containsExactly("SNS", "広告");
        assertThat(saved.career()).containsExactly("A社 ブランド担当");
        assertThat(profiles.mine()).isEqualTo(saved);
        Completeness completeness = profiles.completeness();
        assertThat(completeness.missing()).containsExactly("bio");
        assertThat(completeness.percent()).isEqualTo(87);
    }

    @Test
    void bad_links_numbers_and_a_stale_version_are_refused_and_nothing_is_saved() {
        signIn.newUser("talent-bad");
        TalentProfileData bad = new TalentProfileData("x", Set.of(), List.of(), null, List.of(),
                List.of("javascript:alert(1)"), 40, null, null, Set.of(), List.of(), Set.of(), -5, -1);
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class, () -> profiles.save(bad));
        assertThat(rejected.problems()).extracting(Problem::field).containsExactlyInAnyOrder("links", "daysPerMonth", "payExpectation");
        assertThat(profiles.mine().version()).isEqualTo(-1);

        TalentProfileData first = profiles.save(TalentProfileData.empty());
        profiles.save(first);
        assertThatThrownBy(() -> profiles.save(first)).as("saved from an older window").isInstanceOf(EditConflictException.class);
    }

    @Test
    void a_photo_is_a_real_png_or_jpeg_of_at_most_2_mb_judged_by_its_bytes() {
        signIn.newUser("photo");
        assertThat(profiles.myPhoto()).isEmpty();
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(InputRejectedException.class, () -> profiles.uploadPhoto(svg))
                .problems().getFirst().messageKey()).isEqualTo("talent.error.photo-type");
        byte[] huge = java.util.Arrays.copyOf(jp.enishi.TestImages.png(), 5 * 1024 * 1024);
        assertThat(catchThrowableOfType(InputRejectedException.class, () -> profiles.uploadPhoto(huge))
                .problems().getFirst().messageKey()).isEqualTo("talent.error.photo-too-large");
        assertThat(profiles.myPhoto()).as("nothing saved").isEmpty();

        profiles.uploadPhoto(jp.enishi.TestImages.png());
        assertThat(profiles.myPhoto()).hasValueSatisfying(p -> assertThat(p.contentType()).isEqualTo("image/png"));
        assertThat(profiles.hasMyPhoto()).isTrue();
        profiles.removePhoto();
        assertThat(profiles.myPhoto()).isEmpty();
        assertThat(profiles.hasMyPhoto()).isFalse();
    }
}
