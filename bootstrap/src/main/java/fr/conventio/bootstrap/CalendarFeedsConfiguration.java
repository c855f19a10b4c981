package fr.conventio.bootstrap;

import fr.conventio.adapters.web.calendar.CalendarFeedServlet;
import fr.conventio.application.calendar.GetCalendarFeedUseCase;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calendar feeds of the deadlines ({@link CalendarFeedServlet} at {@code /calendrier/<token>.ics} and
 * {@code /calendrier/<token>/conventions/<id>.ics}); the security configuration opens these addresses to the
 * token's owner only, without a session.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarFeedsConfiguration {

    @Bean
    ServletRegistrationBean<CalendarFeedServlet> calendarFeedServlet(GetCalendarFeedUseCase feeds) {
        ServletRegistrationBean<CalendarFeedServlet> registration = new ServletRegistrationBean<>(new CalendarFeedServlet(feeds),
                CalendarFeedServlet.MAPPING);
        registration.setName("calendarFeeds");
        return registration;
    }
}
