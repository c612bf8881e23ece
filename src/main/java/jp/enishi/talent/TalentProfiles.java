package jp.enishi.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jp.enishi.base.EditConflictException;
import jp.enishi.base.InputCheck;
import jp.enishi.base.JapanTime;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in professional's own talent profile: read, save (conflict-safe), and how complete it is. */
@Service
@Transactional
public class TalentProfiles {

    static final int HEADLINE_MAX = 120;
    static final int TEXT_MAX = 4000;
    static final int TAGS_MAX = 20;
    static final int TAG_MAX = 30;
    static final int LINKS_MAX = 5;
    static final int LINK_MAX = 300;
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s<>\"]+$");

    private final CurrentUser currentUser;
    private final TalentProfileRepository profiles;
    private final UserDirectory users;
    private final TalentPhotoRepository photos;
    private final Clock clock;

    TalentProfiles(CurrentUser currentUser, TalentProfileRepository profiles, UserDirectory users,
                   TalentPhotoRepository photos, Clock clock) {
        this.photos = photos;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TalentProfileData mine() {
        return profiles.findById(currentUser.requireId()).map(TalentProfile::data).orElse(TalentProfileData.empty());
    }

    /**
     * Someone's talent profile, for a capability that has already decided the caller may see it (the team of a
     * project the person applied to). Deciding that, and recording it, is the caller's job.
     */
    @Transactional(readOnly = true)
    public TalentProfileData profileOf(long userId) {
        return profiles.findById(userId).map(TalentProfile::data).orElse(TalentProfileData.empty());
    }

    /** Several people's profiles at once (one query), by the same rule as {@link #profileOf}; no profile, no entry. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, TalentProfileData> profilesOf(java.util.Collection<Long> userIds) {
        return profiles.findAllById(userIds).stream()
                .collect(java.util.stream.Collectors.toMap(TalentProfile::userId, TalentProfile::data));
    }

    /** Saves the whole profile if {@code data.version()} is still the stored one; returns it as saved. */
    public TalentProfileData save(TalentProfileData data) {
        long userId = currentUser.requireId();
        TalentProfileData clean = cleaned(data);
        check(clean, JapanTime.today(clock));
        TalentProfile profile = profiles.findById(userId).orElse(null);
        long stored = profile == null ? -1 : profile.version();
        if (stored != data.version()) {
            throw new EditConflictException("talent profile");
        }
        if (profile == null) {
            profile = new TalentProfile(userId, clock.instant());
        }
        profile.write(clean, clock.instant());
        return profiles.saveAndFlush(profile).data();
    }

    /** Seven things a theme owner looks for first; 自己紹介 comes from the basic profile. */
    @Transactional(readOnly = true)
    public Completeness completeness() {
        TalentProfileData d = mine();
        String bio = users.profileOf(currentUser.requireId()).map(p -> p.bio()).orElse(null);
        List<String> missing = new ArrayList<>();
        if (d.headline() == null) missing.add("headline");
        if (bio == null || bio.isBlank()) missing.add("bio");
        if (d.skills().isEmpty()) missing.add("skills");
        if (d.experience() == null) missing.add("experience");
        if (d.daysPerMonth() == null) missing.add("daysPerMonth");
        if (d.workStyle() == null) missing.add("workStyle");
        if (d.regions().isEmpty() && d.themes().isEmpty()) missing.add("regions");
        if (d.motivations().isEmpty()) missing.add("motivations");
        int total = 8;
        return new Completeness((total - missing.size()) * 100 / total, missing);
    }

    private static TalentProfileData cleaned(TalentProfileData d) {
        return new TalentProfileData(InputCheck.clean(d.headline()), d.skills(), distinct(d.tags()),
                InputCheck.clean(d.experience()), distinct(d.career()), distinct(d.links()), d.daysPerMonth(),
                d.availableFrom(), d.workStyle(), d.regions(), distinct(d.themes()), d.motivations(),
                d.payExpectation(), d.version());
    }

    private static List<String> distinct(List<String> values) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).forEach(set::add);
        return List.copyOf(set);
    }

    private static void check(TalentProfileData d, LocalDate today) {
        InputCheck check = new InputCheck()
                .line("headline", d.headline(), HEADLINE_MAX)
                .maxLength("experience", d.experience(), TEXT_MAX)
                .maxLength("career", String.join("\n", d.career()), TEXT_MAX);
        d.tags().forEach(tag -> check.singleLine("tags", tag));
        d.themes().forEach(theme -> check.singleLine("themes", theme));
        d.career().forEach(item -> check.singleLine("career", item));
        d.links().forEach(link -> check.singleLine("links", link));
        if (d.tags().size() > TAGS_MAX || d.tags().stream().anyMatch(t -> t.length() > TAG_MAX)) {
            check.reject("tags", "talent.error.tags", TAGS_MAX, TAG_MAX);
        }
        if (d.themes().size() > TAGS_MAX || d.themes().stream().anyMatch(t -> t.length() > TAG_MAX)) {
            check.reject("themes", "talent.error.tags", TAGS_MAX, TAG_MAX);
        }
        if (d.links().size() > LINKS_MAX) {
            check.reject("links", "talent.error.too-many-links", LINKS_MAX);
        } else if (d.links().stream().anyMatch(l -> l.length() > LINK_MAX || !WEB_ADDRESS.matcher(l).matches())) {
            check.reject("links", "talent.error.link");
        }
        range(check, "daysPerMonth", d.daysPerMonth(), 1, 31);
        range(check, "payExpectation", d.payExpectation(), 0, 10_000_000);
        if (d.availableFrom() != null && d.availableFrom().isAfter(today.plusYears(2))) {
            check.reject("availableFrom", "talent.error.available-from");
        }
        check.throwIfAny();
    }

    private static void range(InputCheck check, String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            check.reject(field, "project.error.range", min, max);
        }
    }

    @Transactional(readOnly = true)
    public ProfileVisibility visibility() {
        return profiles.findById(currentUser.requireId()).map(TalentProfile::visibility)
                .orElse(ProfileVisibility.APPLIED_TEAMS);
    }

    /** Who may see the signed-in user's profile; takes effect at once. */
    public void show(ProfileVisibility visibility) {
        long userId = currentUser.requireId();
        if (visibility == ProfileVisibility.ALL_MUNICIPALITIES && !users.isVerified(userId)) {
            // Shown to every region's pool: only for an address its owner has confirmed, like a consent to a pool.
            throw new jp.enishi.base.InputRejectedException("visibility", "consent.error.email-not-verified");
        }
        TalentProfile profile = profiles.findById(userId).orElseGet(() -> new TalentProfile(userId, clock.instant()));
        profile.show(visibility, clock.instant());
        profiles.save(profile);
    }

    /** Replaces the signed-in user's photo: a PNG or JPEG of at most 2 MB, judged by its bytes, stored re-encoded. */
    public void uploadPhoto(byte[] bytes) {
        long userId = currentUser.requireId();
        var image = jp.enishi.base.ImageRules.accept(userId, bytes, "photo", "talent.error.photo-too-large",
                "talent.error.photo-type");
        photos.save(new TalentPhoto(userId, image.contentType(), image.bytes(), clock.instant()));
    }

    public void removePhoto() {
        photos.deleteById(currentUser.requireId());
    }

    @Transactional(readOnly = true)
    public boolean hasMyPhoto() {
        return currentUser.id().map(photos::existsById).orElse(false);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Photo> myPhoto() {
        return currentUser.id().flatMap(photos::findById).map(TalentPhoto::photo);
    }

    /** Whether someone has a photo, without reading it. */
    @Transactional(readOnly = true)
    public boolean hasPhoto(long userId) {
        return photos.existsById(userId);
    }

    /** Someone's photo, for a capability that has decided the caller may see their profile (as {@link #profileOf}). */
    @Transactional(readOnly = true)
    public java.util.Optional<Photo> photoOf(long userId) {
        return photos.findById(userId).map(TalentPhoto::photo);
    }

    /** Deletes a person's talent profile and photo when their account is deleted. */
    void forget(long userId) {
        profiles.findById(userId).ifPresent(profiles::delete);
        photos.findById(userId).ifPresent(photos::delete);
    }
}
