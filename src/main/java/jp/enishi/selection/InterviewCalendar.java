package jp.enishi.selection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;

import jp.enishi.base.JapanTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * An interview as a calendar file (.ics) that phones and desktop calendars import: Japan time with its time zone
 * (ical4j bundles the zone data, nothing is fetched), the link or the place, and who interviews.
 */
final class InterviewCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private InterviewCalendar() {
    }

    static byte[] of(Interview interview, String title, @Nullable String host) {
        ZonedDateTime start = interview.startsAt().atZone(JapanTime.ZONE);
        VEvent event = new VEvent(start, start.plusMinutes(interview.minutes()), title);
        event.add(new Uid("interview-" + interview.id() + "@enishi"));
        String where = interview.meetingUrl() != null ? interview.meetingUrl() : interview.place();
        if (where != null) {
            event.add(new Location(where));
        }
        if (interview.meetingUrl() != null && interview.meetingUrl().matches("(?i)https?://\\S+")) {
            event.add(new Url(URI.create(interview.meetingUrl())));
        }
        event.add(new Description("面談 / Interview: " + interview.interviewers() + (host == null ? "" : " — " + host)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Enishi//Interviews//JA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ZONES.getTimeZone(JapanTime.ZONE.getId()).getVTimeZone());
        calendar.add(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
