package fr.conventio.adapters.web.testing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/**
 * Stands for the agreement page ({@code conventions/:id}, written in the ui.agreement package) in the
 * web tests, so that a test can follow the navigation that happens after a save. Kept outside the
 * ui package so that the views' auto-discovery never finds it.
 */
@Route("conventions/:id")
public class AgreementPageStub extends Div {
}
