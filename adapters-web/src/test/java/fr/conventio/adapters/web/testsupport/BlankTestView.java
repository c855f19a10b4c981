package fr.conventio.adapters.web.testsupport;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Test-only start page of the agreement page tests, outside the UI package so that no other test discovers it (the real start page, the agreements list, needs Spring and the layout's security). */
@Route("")
public class BlankTestView extends Div {
}
