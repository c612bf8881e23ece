package jp.enishi.selection.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.selection.MySlotOffer;
import jp.enishi.selection.SlotBooking;

/** 「面談日時の予約」 on /me: the slots a team offers, booked first come; the booking and its calendar file. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(2)
class MySlotsSection implements MePageSection {

    private final SlotBooking booking;

    MySlotsSection(SlotBooking booking) {
        this.booking = booking;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("my-slots", this::render);
    }

    private void render(Div section) {
        section.removeAll();
        Locale locale = MePageSection.locale();
        List<MySlotOffer> offers = booking.mine(locale);
        section.setVisible(!offers.isEmpty());
        if (offers.isEmpty()) {
            return;
        }
        section.add(new H2(section.getTranslation("booking.title")));
        for (MySlotOffer offer : offers) {
            Div box = new Div(new Paragraph(section.getTranslation("booking.intro", offer.workspaceName(), offer.projectTitle())));
            box.addClassName("enishi-interview");
            MySlotOffer.Booking booked = offer.booked();
            if (booked != null) {
                Span when = new Span(section.getTranslation("booking.booked", Dates.dateTime(booked.startsAt(), locale),
                        booked.minutes()));
                when.addClassName("enishi-status");
                when.setId("booked-" + offer.applicationId());
                Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = booking.calendar(booked.interviewId());
                    return new DownloadResponse(new ByteArrayInputStream(bytes), "interview.ics", "text/calendar", bytes.length);
                }), section.getTranslation("booking.calendar"));
                ics.setId("calendar-" + offer.applicationId());
                box.add(new Div(when, new Span(" "), ics));
                if (booked.changeable()) {
                    box.add(new Paragraph(section.getTranslation("booking.change")));
                }
            }
            Div slots = new Div();
            slots.addClassName("enishi-slot-choices");
            for (MySlotOffer.Slot slot : offer.open()) {
                Button book = new Button(Dates.dateTime(slot.startsAt(), locale) + " · "
                        + section.getTranslation(slot.online() ? "booking.online" : "booking.onsite"), e -> {
                    try {
                        booking.book(offer.applicationId(), slot.id());
                        FieldErrors.success(section.getTranslation("booking.done"));
                    } catch (InputRejectedException rejected) {
                        FieldErrors.error(section.getTranslation(rejected.problems().getFirst().messageKey()));
                    }
                    render(section);
                });
                book.addThemeVariants(ButtonVariant.LUMO_SMALL);
                book.setId("book-" + slot.id());
                slots.add(book);
            }
            if (booked == null && offer.open().isEmpty()) {
                slots.add(new Paragraph(section.getTranslation("booking.none")));
            }
            box.add(slots);
            section.add(box);
        }
    }
}
