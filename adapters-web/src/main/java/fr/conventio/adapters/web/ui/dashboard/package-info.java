/** The staff's landing page: deadlines, payments to make, decisions awaited and the budget lines' consumption. */
package fr.conventio.adapters.web.ui.dashboard;
