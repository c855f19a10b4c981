/** The real 2020 agreement of the seed (Métropole Aix-Marseille-Provence / Pôle SCS): first acceptance case and demo data. */
package fr.conventio.domain.sample;
