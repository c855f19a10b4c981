/** The beneficiary's obligations (O1–O10): their schedule, the evidence received, review and explicit waivers (O11). */
package fr.conventio.domain.obligation;
