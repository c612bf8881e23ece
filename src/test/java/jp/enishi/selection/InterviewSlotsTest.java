package jp.enishi.selection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Interview slots: published in runs, booked first come by invited applicants, changed until the cut-off. */
@EnishiTest
class InterviewSlotsTest {

    @Autowired InterviewSlots slots;
    @Autowired SlotBooking booking;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired jp.enishi.TestApplicants applicants;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    private LocalDateTime evening(int daysAhead) {
        return LocalDateTime.now(JapanTime.ZONE).plusDays(daysAhead).withHour(19).withMinute(0).withSecond(0).withNano(0);
    }

    @Test
    void slots_are_published_in_a_run_and_bad_ones_are_refused_with_a_reason() {
        Team team = teams.create("slots");
        long project = testProjects.published(team, testProjects.complete("面談枠の企画", "物語"));
        signIn.as(team.admin());
        assertThat(slots.publish(team.slug(), project, evening(3), 15, 4, "https://meet.example/a", null, "鈴木")).isEqualTo(4);
        assertThat(slots.slots(team.slug(), project)).extracting(SlotRow::startsAt).hasSize(4)
                .isSorted().satisfies(t -> assertThat(Duration.between(t.get(0), t.get(3))).isEqualTo(Duration.ofMinutes(45)));

        assertThat(key(() -> slots.publish(team.slug(), project, evening(3).plusMinutes(30), 15, 2, null, "役場2階", "鈴木")))
                .as("the same interviewer twice at once").isEqualTo("slot.error.overlap");
        assertThat(slots.publish(team.slug(), project, evening(3).plusMinutes(30), 15, 2, null, "役場2階", "田中"))
                .as("another interviewer at the same time").isEqualTo(2);
        assertThat(key(() -> slots.publish(team.slug(), project, evening(-1), 15, 2, null, "役場", "鈴木")))
                .isEqualTo("interview.error.past");
        assertThat(key(() -> slots.publish(team.slug(), project, evening(5), 15, 2, null, null, "鈴木")))
                .as("online or where").isEqualTo("slot.error.where");
        assertThat(slots.slots(team.slug(), project)).as("nothing half-saved").hasSize(6);
    }

    @Test
    void two_applicants_booking_one_slot_at_once_exactly_one_gets_it() throws Exception {
        Team team = teams.create("race");
        long project = testProjects.published(team, testProjects.complete("先着の企画", "物語"));
        List<String> people = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String pro = testProjects.professional("race-" + i);
            signIn.as(pro);
            people.add(pro);
            ids.add(applying.apply(project, 0, "動機", "月2日"));
        }
        ids.forEach(id -> applicants.move(team, id, Stage.SCREENING, Stage.SCHEDULING));
        signIn.as(team.admin());
        slots.publish(team.slug(), project, evening(4), 15, 1, "https://meet.example/r", null, "鈴木");
        long slot = slots.slots(team.slug(), project).getFirst().id();
        assertThat(slots.invite(team.slug(), ids)).isEqualTo(2);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String pro = people.get(i);
            long application = ids.get(i);
            results.add(pool.submit(() -> {
                signIn.as(pro);
                start.await();
                try {
                    booking.book(application, slot);
                    return "booked";
                } catch (InputRejectedException refused) {
                    return refused.problems().getFirst().messageKey();
                } finally {
                    signIn.out();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        Collections.sort(outcomes);
        assertThat(outcomes).containsExactly("booked", "slot.error.taken");
        signIn.as(team.admin());
        assertThat(slots.slots(team.slug(), project).getFirst().bookedBy()).startsWith("race-");
    }

    @Test
    void a_booking_is_changed_until_the_cut_off_and_its_calendar_file_is_in_japan_time() {
        Team team = teams.create("rebook");
        long project = testProjects.published(team, testProjects.complete("変更の企画", "物語"));
        String pro = testProjects.professional("rebooker");
        long id = applicants.apply(project, pro);
        signIn.as(team.admin());
        assertThat(key(() -> slots.invite(team.slug(), List.of(id)))).as("only at 面談調整").isEqualTo("slot.error.scheduling-only");
        applicants.move(team, id, Stage.SCREENING, Stage.SCHEDULING);
        signIn.as(team.admin());
        slots.publish(team.slug(), project, evening(3), 15, 3, null, "塩尻市役所 3階", "鈴木");
        slots.invite(team.slug(), List.of(id));
        List<SlotRow> published = slots.slots(team.slug(), project);

        signIn.as(pro);
        MySlotOffer offer = booking.mine(Locale.JAPANESE).getFirst();
        assertThat(offer.open()).hasSize(3);
        booking.book(id, published.get(0).id());
        booking.book(id, published.get(1).id());
        offer = booking.mine(Locale.JAPANESE).getFirst();
        assertThat(offer.booked()).isNotNull();
        assertThat(offer.booked().startsAt()).isEqualTo(published.get(1).startsAt());
        assertThat(offer.open()).as("the first slot is free again").extracting(MySlotOffer.Slot::id)
                .contains(published.get(0).id()).doesNotContain(published.get(1).id());

        String ics = new String(booking.calendar(offer.booked().interviewId()), StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VEVENT", "TZID=Asia/Tokyo", "DTSTART;TZID=Asia/Tokyo:", "T1915",
                "LOCATION:塩尻市役所 3階", "SUMMARY:面談：変更の企画");

        clock.advance(Duration.between(clock.instant(), published.get(1).startsAt()).minusHours(12));
        assertThat(key(() -> booking.book(id, published.get(2).id()))).as("within 24 hours").isEqualTo("slot.error.cut-off");

        signIn.as(team.admin());
        assertThat(slots.day(team.slug(), published.get(1).startsAt().atZone(JapanTime.ZONE).toLocalDate()))
                .as("the interviewer's day").singleElement()
                .satisfies(d -> assertThat(d.applicant()).startsWith("rebooker"));
    }

    @Test
    void nobody_books_for_someone_else_or_without_an_invitation() {
        Team team = teams.create("own-slot");
        long project = testProjects.published(team, testProjects.complete("本人の企画", "物語"));
        String pro = testProjects.professional("own-slot-pro");
        long id = applicants.apply(project, pro);
        applicants.move(team, id, Stage.SCREENING, Stage.SCHEDULING);
        signIn.as(team.admin());
        slots.publish(team.slug(), project, evening(3), 15, 1, "https://meet.example/o", null, "鈴木");
        long slot = slots.slots(team.slug(), project).getFirst().id();

        signIn.as(pro);
        assertThat(key(() -> booking.book(id, slot))).as("not invited yet").isEqualTo("slot.error.not-invited");
        signIn.as(testProjects.professional("someone-else"));
        assertThatThrownBy(() -> booking.book(id, slot)).isInstanceOf(AccessDeniedException.class);
    }


    private static String key(Runnable call) {
        return catchThrowableOfType(InputRejectedException.class, call::run).problems().getFirst().messageKey();
    }
}
