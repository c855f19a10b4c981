package fr.conventio.adapters.web.ui.agreement;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Test-only start page (the real one, the agreements list, needs Spring and the layout's security). */
@Route("")
public class BlankTestView extends Div {
}
