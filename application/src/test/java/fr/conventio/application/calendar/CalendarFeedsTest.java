package fr.conventio.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.fakes.InMemoryCalendarTokens;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.shared.CalendarTokens;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.shared.AgreementId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Issue 11 §3: calendar feeds of the deadlines behind a secret, revocable token per member of staff. */
class CalendarFeedsTest {

    private static final String ME = "instructeur.test";

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);
    final InMemoryCalendarTokens tokens = app.calendarTokens;
    final IssueCalendarTokenUseCase issue = app.issueCalendarToken;
    final RevokeCalendarTokenUseCase revoke = app.revokeCalendarToken;
    final GetCalendarSubscriptionUseCase subscription = app.getCalendarSubscription;
    final GetCalendarFeedUseCase feeds = app.getCalendarFeed;

    private String issued() {
        return issue.issue(new IssueCalendarTokenCommand()).token();
    }

    private CalendarFeed feed(String token) {
        return feeds.feed(new GetCalendarFeedQuery(token, null));
    }

    @Nested
    @DisplayName("the token")
    class Token {

        @Test
        void a_token_is_43_base64url_characters_of_32_random_bytes_and_only_its_digest_is_stored() {
            IssuedCalendarToken token = issue.issue(new IssueCalendarTokenCommand());

            assertThat(token.token()).hasSize(CalendarTokens.LENGTH).matches("[A-Za-z0-9_-]{43}");
            assertThat(token.issuedAt()).isEqualTo(app.clock.instant());
            assertThat(token.toString()).doesNotContain(token.token());
            assertThat(tokens.ownerOf(CalendarTokens.digest(token.token()))).contains(ME);
            assertThat(tokens.ownerOf(token.token())).as("the secret itself is not stored").isEmpty();
            assertThat(CalendarTokens.digest(token.token())).hasSize(64).isNotEqualTo(token.token());
            assertThat(subscription.get(new GetCalendarSubscriptionQuery()).issuedAt()).contains(token.issuedAt());
            assertThat(tokens.audited()).containsExactly("INSERT " + ME);
        }

        @Test
        void two_tokens_are_never_the_same() {
            assertThat(List.of(issued(), issued(), issued())).doesNotHaveDuplicates();
        }

        @Test
        void regenerating_revokes_the_previous_token() {
            String first = issued();
            String second = issued();

            assertThatThrownBy(() -> feed(first)).isInstanceOf(NotFoundException.class);
            assertThat(feed(second).events()).isEmpty();
            assertThat(tokens.audited()).containsExactly("INSERT " + ME, "UPDATE " + ME);
        }

        @Test
        void a_revoked_token_opens_nothing_and_revoking_twice_does_nothing_more() {
            String token = issued();

            assertThat(revoke.revoke(new RevokeCalendarTokenCommand())).isTrue();
            assertThat(revoke.revoke(new RevokeCalendarTokenCommand())).isFalse();

            assertThatThrownBy(() -> feed(token)).isInstanceOf(NotFoundException.class);
            assertThat(subscription.get(new GetCalendarSubscriptionQuery()).active()).isFalse();
            assertThat(tokens.audited()).containsExactly("INSERT " + ME, "DELETE " + ME);
        }

        @Test
        void an_unknown_a_malformed_or_a_missing_token_gives_the_same_not_found_without_a_hint() {
            issued();
            String unknown = CalendarTokens.newToken();

            for (String token : new String[] {unknown, "abc", unknown.substring(1) + "=", null, ""}) {
                assertThatThrownBy(() -> feed(token)).as(String.valueOf(token)).isInstanceOf(NotFoundException.class)
                        .hasMessageStartingWith("agenda introuvable");
            }
            assertThatThrownBy(() -> feeds.feed(null)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void a_token_reads_only_as_its_owner() {
            String mine = issued();
            app.currentUser.actAs("finances.test");

            assertThatThrownBy(() -> feed(mine)).isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    @DisplayName("the events")
    class Events {

        @Test
        void the_feed_has_the_open_obligations_overdue_or_due_within_12_months_each_with_a_stable_uid() {
            seed.signed();
            String token = issued();

            CalendarFeed feed = feed(token);

            LocalDate today = app.clock.today();
            assertThat(feed.dueUpTo()).isEqualTo(today.plusMonths(12));
            assertThat(feed.agreementReference()).isEmpty();
            assertThat(feed.builtAt()).isEqualTo(app.clock.instant());
            List<Versioned<Obligation>> open = app.obligations.findByAgreement(seed.agreementId()).stream()
                    .filter(o -> !o.value().dueDate().isAfter(today.plusMonths(12))).toList();
            assertThat(open).isNotEmpty();
            assertThat(feed.events()).extracting(CalendarEvent::uid)
                    .containsExactlyInAnyOrderElementsOf(open.stream().map(o -> "obligation-" + o.value().id().value() + "@conventio").toList());
            assertThat(feed.events()).allSatisfy(event -> {
                assertThat(event.kind()).isEqualTo(DeadlineKind.OBLIGATION);
                assertThat(event.agreementReference()).isEqualTo("ECO-2020-SCS");
                assertThat(event.associationName()).isNotBlank();
                assertThat(event.label()).isNotBlank().doesNotContainPattern("\\b[A-Z]\\d+\\b");
                assertThat(event.dueDate()).isBeforeOrEqualTo(today.plusMonths(12));
            });
            assertThat(feed.events()).extracting(CalendarEvent::dueDate).isSorted();
        }

        @Test
        void a_due_date_moved_keeps_the_uid_and_raises_the_sequence() {
            seed.signed();
            String token = issued();
            CalendarEvent before = feed(token).events().getFirst();

            Versioned<Obligation> obligation = app.obligations.findByAgreement(seed.agreementId()).stream()
                    .filter(o -> before.uid().equals("obligation-" + o.value().id().value() + "@conventio")).findFirst().orElseThrow();
            obligation.value().reschedule(before.dueDate().plusDays(10));
            app.obligations.save(obligation);

            CalendarEvent after = feed(token).events().stream().filter(e -> e.uid().equals(before.uid())).findFirst().orElseThrow();
            assertThat(after.dueDate()).isEqualTo(before.dueDate().plusDays(10));
            assertThat(after.sequence()).isGreaterThan(before.sequence());
            assertThat(after.uid()).isEqualTo(before.uid());
        }

        @Test
        void an_agreement_feed_keeps_the_agreement_s_events_and_names_it() {
            seed.signed();
            String token = issued();

            CalendarFeed feed = feeds.feed(new GetCalendarFeedQuery(token, seed.agreementId()));

            assertThat(feed.agreementReference()).contains("ECO-2020-SCS");
            assertThat(feed.events()).isNotEmpty().allSatisfy(e -> assertThat(e.agreementId()).isEqualTo(seed.agreementId()));
            assertThat(feed.events()).isEqualTo(feed(token).events());
        }

        @Test
        void an_unknown_agreement_is_not_found_and_its_feed_needs_the_token_too() {
            seed.signed();
            String token = issued();
            AgreementId unknown = new AgreementId(UUID.randomUUID());

            assertThatThrownBy(() -> feeds.feed(new GetCalendarFeedQuery(token, unknown))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> feeds.feed(new GetCalendarFeedQuery(CalendarTokens.newToken(), seed.agreementId())))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
