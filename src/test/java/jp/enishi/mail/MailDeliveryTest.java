package jp.enishi.mail;

import java.time.Duration;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.identity.AccountService;
import jp.enishi.notification.MailOutbox;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mails through a real SMTP server (GreenMail): in the recipient's language, from the workspace's name; and when
 * the server is down, the user's action still succeeds, the mail waits, admins see it, and a retry delivers it.
 */
@EnishiTest
class MailDeliveryTest {

    private static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
    private static GreenMail server = started();
    private static int port;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("enishi.mail.outbox.poll", () -> "PT1H");
    }

    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired MailOutbox outbox;
    @Autowired OutboxSender sender;
    @Autowired AccountService accounts;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired jp.enishi.TestApplicants applicants;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired jp.enishi.selection.InterviewSlots slots;
    @Autowired jp.enishi.selection.SlotBooking booking;

    private static GreenMail started() {
        GreenMail mail = new GreenMail(SMTP);
        mail.start();
        port = mail.getSmtp().getPort();
        return mail;
    }

    @BeforeEach
    void emptyInbox() throws Exception {
        if (!server.isRunning()) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        server.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void each_recipient_gets_the_mail_in_their_language_from_the_workspace() throws Exception {
        Team team = teams.create("mail");
        long project = testProjects.published(team, testProjects.complete("メールの企画", "物語"));
        signIn.as(team.admin());
        accounts.changeLanguage(Locale.ENGLISH);
        String pro = testProjects.professional("mail-pro");
        server.purgeEmailFromAllMailboxes();
        signIn.as(pro);
        long id = applying.apply(project, 0, "動機", "月2日");

        MimeMessage toAdmin = awaitMail(team.admin(), "New application");
        assertThat(toAdmin.getSubject()).isEqualTo("New application: メールの企画");
        assertThat(GreenMailUtil.getBody(toAdmin)).contains("/w/" + team.slug() + "/applications/" + id);

        signIn.as(team.admin());
        pipeline.move(team.slug(), id, 0, Stage.SCREENING, null, false);
        MimeMessage toPro = awaitMail(pro, "選考の状況");
        assertThat(toPro.getSubject()).isEqualTo("選考の状況：メールの企画");
        assertThat(((InternetAddress) toPro.getFrom()[0]).getPersonal()).startsWith("mail").endsWith("(Enishi)");
        assertThat(mailText(toPro)).contains("書類確認");

        // Besides the confirmation of the address the professional signed up with.
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND workspace_id IS NOT NULL",
                Integer.class, pro);
        assertThat(before).isEqualTo(1);
        sender.forgetSent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND workspace_id IS NOT NULL",
                Integer.class, pro)).as("kept for a while").isEqualTo(1);
        clock.advance(OutboxSender.KEEP_SENT.plusDays(1));
        sender.forgetSent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, pro))
                .as("then forgotten").isZero();
    }

    /**
     * Two nodes on one database each schedule the clean-up; while one holds the job's lock (taken here as the other
     * node would, through ShedLock's table), this node's run does nothing, and once it is free the job runs here.
     */
    @Test
    void a_job_runs_on_one_node_while_another_node_holds_it() throws Exception {
        String pro = "job-" + System.nanoTime() + "@example.org";
        jdbc.update("INSERT INTO mail_outbox (recipient, from_name, subject, body, status, attempts, created_at, next_attempt_at, sent_at)"
                + " VALUES (?, 'Enishi', 'old', 'old', 'SENT', 1, ?, ?, ?)", pro, java.sql.Timestamp.from(clock.instant()),
                java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant()));
        clock.advance(OutboxSender.KEEP_SENT.plusDays(1));
        LockProvider otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).withTableName("shedlock").usingDbTime().build());
        SimpleLock held = otherNode.lock(new LockConfiguration(java.time.Instant.now(), "mail-outbox-cleanup",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            sender.forgetSent();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, pro))
                    .as("the other node has the job: this one skips it").isEqualTo(1);
        } finally {
            held.unlock();
        }
        sender.forgetSent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, pro))
                .as("free again: the job runs here").isZero();
    }

    @Test
    void smtp_timeouts_that_let_a_send_outlive_its_claim_stop_the_start() {
        java.util.Properties none = new java.util.Properties();
        assertThatThrownBy(() -> OutboxSender.requireClaimOutlivesASend(none)).hasMessageContaining("timeout");
        java.util.Properties slow = new java.util.Properties();
        slow.setProperty("mail.smtp.connectiontimeout", "10000");
        slow.setProperty("mail.smtp.timeout", "120000");
        slow.setProperty("mail.smtp.writetimeout", "30000");
        assertThatThrownBy(() -> OutboxSender.requireClaimOutlivesASend(slow)).hasMessageContaining("sent twice");
        slow.setProperty("mail.smtp.timeout", "30000");
        OutboxSender.requireClaimOutlivesASend(slow);
    }

    @Test
    void an_invitation_goes_through_the_outbox_in_both_languages_from_the_workspace() throws Exception {
        Team team = teams.create("invite-mail");
        MimeMessage invitation = awaitMail(team.admin(), "への招待");
        assertThat(invitation.getSubject()).contains("invite-mail").contains("Invitation");
        assertThat(((InternetAddress) invitation.getFrom()[0]).getPersonal()).endsWith("(Enishi)");
        assertThat(mailText(invitation)).contains("/invitations/");
    }

    @Test
    void the_account_mails_go_out_in_the_account_s_language_first_then_the_other() throws Exception {
        String email = "verify-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.signUp(new jp.enishi.identity.SignUp(email, "確認", "correct horse battery", true), Locale.ENGLISH);
        MimeMessage verify = awaitMail(email, "Confirm your e-mail address");
        assertThat(verify.getSubject()).isEqualTo("[Enishi] Confirm your e-mail address / 【Enishi】メールアドレスの確認");
        assertThat(mailText(verify)).contains("/verify-email?token=", "ご登録ありがとうございます");
        // Signing up again with the same address tells only the owner, by e-mail.
        accounts.signUp(new jp.enishi.identity.SignUp(email, "別人", "another passphrase", true), Locale.JAPANESE);
        assertThat(mailText(awaitMail(email, "About your sign-up"))).contains("/forgot-password");
    }

    @Test
    void a_mail_server_that_is_down_neither_fails_the_action_nor_loses_the_mail() throws Exception {
        Team team = teams.create("down");
        long project = testProjects.published(team, testProjects.complete("届かない企画", "物語"));
        awaitMail(team.admin(), "への招待");
        server.stop();
        String pro = testProjects.professional("down-pro");
        signIn.as(pro);
        applying.apply(project, 0, "動機", "月2日");
        signIn.out();

        awaitAttempts(team.admin(), 1);
        signIn.as(team.admin());
        assertThat(outbox.problems(team.slug())).singleElement().satisfies(p -> {
            assertThat(p.recipient()).isEqualTo(team.admin());
            assertThat(p.gaveUp()).isFalse();
            assertThat(p.lastError()).isNotBlank();
        });

        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        assertThat(sender.sendDue()).as("not due before its back-off").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).as("the notice, and the professional's address confirmation").isEqualTo(2);
        assertThat(awaitMail(team.admin(), "新しい応募").getSubject()).contains("届かない企画");
        assertThat(outbox.problems(team.slug())).isEmpty();
    }

    @Test
    void after_the_last_attempt_the_mail_is_given_up_and_an_admin_can_send_it_again() throws Exception {
        Team team = teams.create("giveup");
        long project = testProjects.published(team, testProjects.complete("あきらめる企画", "物語"));
        awaitMail(team.admin(), "への招待");
        server.stop();
        applicants.apply(project, testProjects.professional("giveup-pro"));
        awaitAttempts(team.admin(), 1);
        for (int i = 0; i < OutboxMail.BACKOFF.size(); i++) {
            clock.advance(Duration.ofHours(5));
            sender.sendDue();
        }
        signIn.as(team.admin());
        MailProblem problem = outbox.problems(team.slug()).getFirst();
        assertThat(problem.gaveUp()).isTrue();
        assertThat(problem.attempts()).isEqualTo(OutboxMail.BACKOFF.size() + 1);

        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        clock.advance(Duration.ofDays(1));
        assertThat(sender.sendDue()).as("given up stays given up").isZero();
        outbox.retry(team.slug(), problem.id());
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(awaitMail(team.admin(), "新しい応募").getSubject()).contains("あきらめる企画");
    }

    /** The first mail to the address whose subject starts so; other mails (an invitation sent meanwhile) are skipped. */
    @Test
    void a_booked_interview_slot_comes_by_mail_with_its_calendar_file() throws Exception {
        Team team = teams.create("mail-slot");
        long project = testProjects.published(team, testProjects.complete("予約メールの企画", "物語"));
        String pro = testProjects.professional("mail-booker");
        long id = applicants.apply(project, pro);
        applicants.move(team, id, Stage.SCREENING, Stage.SCHEDULING);
        signIn.as(team.admin());
        slots.publish(team.slug(), project, java.time.LocalDateTime.now(jp.enishi.base.JapanTime.ZONE).plusDays(3)
                .withHour(19).withMinute(0).withSecond(0).withNano(0), 15, 1, "https://meet.example/m", null, "鈴木");
        slots.invite(team.slug(), java.util.List.of(id));
        long slot = slots.slots(team.slug(), project).getFirst().id();
        signIn.as(pro);
        server.purgeEmailFromAllMailboxes();
        booking.book(id, slot);

        MimeMessage booked = awaitMail(pro, "面談を予約しました");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) booked.getContent();
        String calendar = null;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if ("interview.ics".equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                calendar = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertThat(calendar).as("the calendar file is attached").isNotNull()
                .contains("BEGIN:VEVENT", "DTSTART;TZID=Asia/Tokyo:", "T190000", "https://meet.example/m");
    }

    /** The first mail to the recipient whose subject contains the words. */
    private static MimeMessage awaitMail(String recipient, String subjectStart) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (MimeMessage m : server.getReceivedMessagesForDomain(recipient)) {
                if (m.getSubject().contains(subjectStart)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subjectStart + "…' to " + recipient);
    }

    private void awaitAttempts(String recipient, int attempts) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer n = jdbc.queryForObject("SELECT COALESCE(MAX(attempts), 0) FROM mail_outbox WHERE recipient = ? AND status <> 'SENT'",
                    Integer.class, recipient);
            if (n != null && n >= attempts) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no attempt to send to " + recipient);
    }

    private static String mailText(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
