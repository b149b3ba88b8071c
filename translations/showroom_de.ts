<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddFromFavourites</name>
    <message>
        <source>Add from your favourites</source>
        <translation>Aus Ihren Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Wohnung %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>1 home available now</source>
        <translation>1 Wohnung jetzt verfügbar</translation>
    </message>
    <message>
        <source>%1 homes available now</source>
        <translation>%1 Wohnungen jetzt verfügbar</translation>
    </message>
    <message>
        <source>Touch to explore</source>
        <translation>Berühren zum Entdecken</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>No staff actions recorded yet</source>
        <translation>Noch keine Aktionen des Personals protokolliert</translation>
    </message>
</context>
<context>
    <name>BalconyPage</name>
    <message>
        <source>Home %1 · %2</source>
        <translation>Wohnung %1 · %2</translation>
    </message>
    <message>
        <source>On the balcony</source>
        <translation>Auf dem Balkon</translation>
    </message>
    <message>
        <source>On the terrace</source>
        <translation>Auf der Terrasse</translation>
    </message>
    <message>
        <source>At the living-room window</source>
        <translation>Am Wohnzimmerfenster</translation>
    </message>
    <message>
        <source>The view from this home</source>
        <translation>Der Ausblick aus dieser Wohnung</translation>
    </message>
    <message>
        <source>Drag to look around</source>
        <translation>Ziehen, um sich umzusehen</translation>
    </message>
    <message>
        <source>Walk inside</source>
        <translation>Hineingehen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
</context>
<context>
    <name>Brochure</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Norden</translation>
    </message>
    <message>
        <source>North-east</source>
        <translation>Nordosten</translation>
    </message>
    <message>
        <source>East</source>
        <translation>Osten</translation>
    </message>
    <message>
        <source>South-east</source>
        <translation>Südosten</translation>
    </message>
    <message>
        <source>South</source>
        <translation>Süden</translation>
    </message>
    <message>
        <source>South-west</source>
        <translation>Südwesten</translation>
    </message>
    <message>
        <source>West</source>
        <translation>Westen</translation>
    </message>
    <message>
        <source>North-west</source>
        <translation>Nordwesten</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Böden</translation>
    </message>
    <message>
        <source>Walls</source>
        <translation>Wände</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>Worktop</source>
        <translation>Arbeitsplatte</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Türen</translation>
    </message>
    <message>
        <source>included</source>
        <translation>inklusive</translation>
    </message>
    <message>
        <source>Expected completion: %1</source>
        <translation>Voraussichtliche Fertigstellung: %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Wohnung %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Living area</source>
        <translation>Wohnfläche</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Schlafzimmer</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Facing %1</source>
        <translation>Ausrichtung %1</translation>
    </message>
    <message>
        <source>Balcony or terrace %1</source>
        <translation>Balkon oder Terrasse %1</translation>
    </message>
    <message>
        <source>Balcony or terrace</source>
        <translation>Balkon oder Terrasse</translation>
    </message>
    <message>
        <source>One bathroom</source>
        <translation>Ein Badezimmer</translation>
    </message>
    <message>
        <source>%1 bathrooms</source>
        <translation>%1 Badezimmer</translation>
    </message>
    <message>
        <source>Your own finishes</source>
        <translation>Ihre eigene Ausstattung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Bathrooms</source>
        <translation>Badezimmer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Facing</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your finishes</source>
        <translation>Ihre Ausstattung</translation>
    </message>
    <message>
        <source>Price with your finishes</source>
        <translation>Kaufpreis mit Ihrer Ausstattung</translation>
    </message>
    <message>
        <source>A view inside this home could not be rendered.</source>
        <translation>Eine Innenansicht dieser Wohnung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>A view inside is not yet available for this type of home.</source>
        <translation>Für diesen Wohnungstyp gibt es noch keine Innenansicht.</translation>
    </message>
    <message>
        <source>The view from the balcony could not be rendered.</source>
        <translation>Der Blick vom Balkon konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>This home has no balcony; ask us about the view from its windows.</source>
        <translation>Diese Wohnung hat keinen Balkon; fragen Sie uns nach dem Blick aus den Fenstern.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The standard finishes this home comes with; choose your own at any Showroom screen.</source>
        <translation>Die Standardausstattung dieser Wohnung; Ihre eigene wählen Sie an jedem Showroom-Bildschirm.</translation>
    </message>
    <message>
        <source>Your choice changes the price by %1, to %2.</source>
        <translation>Ihre Wahl ändert den Kaufpreis um %1 auf %2.</translation>
    </message>
    <message>
        <source>%1 sales team</source>
        <translation>Vertriebsteam %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Prices and availability as of %1, subject to change. Finishes are shown as samples; the sales office has them to see and touch.</source>
        <translation>Preise und Verfügbarkeit Stand %1, Änderungen vorbehalten. Die Ausstattung ist beispielhaft abgebildet; im Verkaufsbüro können Sie sie ansehen und anfassen.</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>The development</source>
        <translation>Das Bauprojekt</translation>
    </message>
    <message>
        <source>Your new home</source>
        <translation>Ihr neues Zuhause</translation>
    </message>
    <message>
        <source>Floor plan available from the sales team.</source>
        <translation>Den Grundriss erhalten Sie vom Vertriebsteam.</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Grundriss</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>The view from the balcony</source>
        <translation>Der Blick vom Balkon</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>Die Fakten</translation>
    </message>
    <message>
        <source>Illustrations are computer renders of the planned development and may differ from the finished homes in detail.</source>
        <translation>Die Abbildungen sind Computervisualisierungen des geplanten Bauprojekts und können im Detail von den fertigen Wohnungen abweichen.</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <source>Talk to us</source>
        <translation>Sprechen Sie uns an</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Ihr Code</translation>
    </message>
    <message>
        <source>Scan the code or type it at any Showroom screen to see this home again with your finishes.</source>
        <translation>Scannen Sie den Code oder geben Sie ihn an einem Showroom-Bildschirm ein, um diese Wohnung mit Ihrer Ausstattung wiederzusehen.</translation>
    </message>
    <message>
        <source>nothing to print: the home is unknown</source>
        <translation>Nichts zu drucken: Die Wohnung ist unbekannt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>%1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>a brochure for %1 is being prepared; please wait a moment</source>
        <translation>Eine Broschüre für %1 wird erstellt; bitte warten Sie einen Moment</translation>
    </message>
    <message>
        <source>there is no home %1</source>
        <translation>Es gibt keine Wohnung %1</translation>
    </message>
    <message>
        <source>the brochure&apos;s pictures come from the 3D view, which is not open</source>
        <translation>Die Bilder der Broschüre stammen aus der 3D-Ansicht, die nicht geöffnet ist</translation>
    </message>
</context>
<context>
    <name>BrochureOverlay</name>
    <message>
        <source>Preparing your brochure…</source>
        <translation>Ihre Broschüre wird erstellt …</translation>
    </message>
    <message>
        <source>Unit %1: pictures of the building, inside and the view, your finishes and a code to pick up where you left off.</source>
        <translation>Wohnung %1: Bilder des Gebäudes, der Innenräume und des Ausblicks, Ihre Ausstattung und ein Code, mit dem Sie später genau hier weitermachen.</translation>
    </message>
</context>
<context>
    <name>BuildingChooser</name>
    <message>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
</context>
<context>
    <name>BuildingPage</name>
    <message>
        <source>%1 · %2 homes on this floor · tap a home</source>
        <translation>%1 · %2 Wohnungen auf dieser Etage · tippen Sie auf eine Wohnung</translation>
    </message>
    <message>
        <source>%1 homes · %2 available · choose a floor</source>
        <translation>%1 Wohnungen · %2 verfügbar · wählen Sie eine Etage</translation>
    </message>
    <message>
        <source>Stacking plan</source>
        <translation>Etagenplan</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Walk inside</source>
        <translation>Hineingehen</translation>
    </message>
    <message>
        <source>Balcony view</source>
        <translation>Blick vom Balkon</translation>
    </message>
    <message>
        <source>In compare</source>
        <translation>Im Vergleich</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>Zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Remove from compare</source>
        <translation>Aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>You can compare up to three homes. Remove one to add this one.</source>
        <translation>Sie können bis zu drei Wohnungen vergleichen. Entfernen Sie eine, um diese hinzuzufügen.</translation>
    </message>
    <message>
        <source>Favourites (%1)</source>
        <translation>Favoriten (%1)</translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation>Vergleichen (%1)</translation>
    </message>
    <message>
        <source>Add another home to compare</source>
        <translation>Fügen Sie eine weitere Wohnung zum Vergleich hinzu</translation>
    </message>
    <message>
        <source>Send me this home</source>
        <translation>Diese Wohnung zusenden</translation>
    </message>
    <message>
        <source>Leave your details and we send you this home&apos;s brochure</source>
        <translation>Hinterlassen Sie Ihre Kontaktdaten, und wir senden Ihnen die Broschüre dieser Wohnung</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>No visits in this period yet</source>
        <translation>Noch keine Besuche in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Storey %1</source>
        <translation>Geschoss %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>100% of the step before</source>
        <translation>100 % des Schritts davor</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1% of the step before</source>
        <translation>%1 % des Schritts davor</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Most walked</source>
        <translation>Meist gegangen</translation>
    </message>
    <message>
        <source>%1 → %2   %3×</source>
        <translation>%1 → %2   %3×</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CompareHeaderCell</name>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Grundriss</translation>
    </message>
    <message>
        <source>Remove unit %1 from the comparison</source>
        <translation>Wohnung %1 aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Unit %1 · %2</source>
        <translation>Wohnung %1 · %2</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Wohnung %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show unit %1</source>
        <translation>Wohnung %1 zeigen</translation>
    </message>
    <message>
        <source>Walk inside</source>
        <translation>Hineingehen</translation>
    </message>
    <message>
        <source>Walk inside unit %1</source>
        <translation>In Wohnung %1 hineingehen</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare homes</source>
        <translation>Wohnungen vergleichen</translation>
    </message>
    <message>
        <source>%1 homes side by side · differences are highlighted, the best of each marked ★</source>
        <translation>%1 Wohnungen nebeneinander · Unterschiede sind hervorgehoben, die jeweils beste mit ★ markiert</translation>
    </message>
    <message>
        <source>Add two or three homes to compare: open a home and tap “Add to compare”.</source>
        <translation>Fügen Sie zwei oder drei Wohnungen zum Vergleich hinzu: Öffnen Sie eine Wohnung und tippen Sie auf „Zum Vergleich hinzufügen“.</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>Price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Günstigste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Living area</source>
        <translation>Wohnfläche</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Größte</translation>
    </message>
    <message>
        <source>Balcony</source>
        <translation>Balkon</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Schlafzimmer</translation>
    </message>
    <message>
        <source>Most</source>
        <translation>Meiste</translation>
    </message>
    <message>
        <source>Bathrooms</source>
        <translation>Badezimmer</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message>
        <source>Sales dashboard</source>
        <translation>Vertriebs-Dashboard</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Wohnungen</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Close the dashboard</source>
        <translation>Dashboard schließen</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Writing PDF…</source>
        <translation>PDF wird geschrieben …</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Zahlen ließen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Sales dashboard</source>
        <translation>Vertriebs-Dashboard</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Nur für Personal: PIN eingeben</translation>
    </message>
    <message>
        <source>Back to the showroom</source>
        <translation>Zurück zum Showroom</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Engaged sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Avg. engaged time</source>
        <translation>Mittl. aktive Zeit</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Returning visitors</source>
        <translation>Wiederkehrende Besucher</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Sales dashboard</source>
        <translation>Vertriebs-Dashboard</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>SALES DASHBOARD</source>
        <translation>VERTRIEBS-DASHBOARD</translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation>Showroom</translation>
    </message>
    <message>
        <source>all devices</source>
        <translation>alle Geräte</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 · as of %4</source>
        <translation>%1 – %2 · %3 · Stand %4</translation>
    </message>
    <message>
        <source>Could not read everything: %1</source>
        <translation>Nicht alles war lesbar: %1</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Besucher pro Tag</translation>
    </message>
    <message>
        <source>Most wanted homes</source>
        <translation>Gefragteste Wohnungen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Drinnen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Brochures</source>
        <translation>Exposés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 hot homes still available · %2 reserved or sold homes still drawing interest · %3 homes nobody looked at</source>
        <translation>%1 gefragte Wohnungen noch frei · %2 reservierte oder verkaufte Wohnungen weiter gefragt · %3 Wohnungen, die niemand ansah</translation>
    </message>
    <message>
        <source>Where visitors looked over the site</source>
        <translation>Wohin Besucher über das Gelände schauten</translation>
    </message>
    <message>
        <source>less time</source>
        <translation>weniger Zeit</translation>
    </message>
    <message>
        <source>more time</source>
        <translation>mehr Zeit</translation>
    </message>
    <message>
        <source>Inside type %1: where visitors lingered (%2 visits inside)</source>
        <translation>Im Typ %1: wo Besucher verweilten (%2 Rundgänge)</translation>
    </message>
    <message>
        <source>Top leads (by pseudonym)</source>
        <translation>Beste Interessenten (pseudonym)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Top home</source>
        <translation>Top-Wohnung</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>%1 lässt sich nicht abschließen</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Staff mode opened</source>
        <translation>Personalmodus geöffnet</translation>
    </message>
    <message>
        <source>Staff mode closed</source>
        <translation>Personalmodus geschlossen</translation>
    </message>
    <message>
        <source>Locked after wrong PINs</source>
        <translation>Gesperrt nach falschen PINs</translation>
    </message>
    <message>
        <source>Visitor page opened</source>
        <translation>Besucherseite geöffnet</translation>
    </message>
    <message>
        <source>Dashboard report saved</source>
        <translation>Dashboard-Bericht gespeichert</translation>
    </message>
    <message>
        <source>Leads exported</source>
        <translation>Anfragen exportiert</translation>
    </message>
    <message>
        <source>Events exported</source>
        <translation>Ereignisse exportiert</translation>
    </message>
    <message>
        <source>Visitor erased</source>
        <translation>Besucher gelöscht</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN geändert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Hot, still available</source>
        <translation>Gefragt, noch frei</translation>
    </message>
    <message>
        <source>Taken, still wanted</source>
        <translation>Vergeben, weiter gefragt</translation>
    </message>
    <message>
        <source>Nobody looks</source>
        <translation>Niemand schaut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1, given %2 (version %3, %4)</source>
        <translation>%1, erteilt %2 (Version %3, %4)</translation>
    </message>
    <message>
        <source>Contact by the sales team</source>
        <translation>Kontakt durch den Vertrieb</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>%1 about %2 on %3</source>
        <translation>%1 zu %2 am %3</translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation>Exposé</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>%1 earlier</source>
        <translation>%1 früher</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>DeviceChooser</name>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>The updated development could not be loaded; showing the previous one</source>
        <translation>Das aktualisierte Bauprojekt konnte nicht geladen werden; es wird das vorherige gezeigt</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The development could not be shown</source>
        <translation>Das Bauprojekt kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Please ask a member of staff to check the development package.</source>
        <translation>Bitte bitten Sie eine Mitarbeiterin oder einen Mitarbeiter, das Projektpaket zu prüfen.</translation>
    </message>
</context>
<context>
    <name>FavouriteRow</name>
    <message>
        <source>Unit %1, %2</source>
        <translation>Wohnung %1, %2</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Wohnung %1</translation>
    </message>
</context>
<context>
    <name>FavouritesPanel</name>
    <message>
        <source>Your favourites</source>
        <translation>Ihre Favoriten</translation>
    </message>
    <message>
        <source>No favourites yet: tap the heart on a home&apos;s card to keep it here.</source>
        <translation>Noch keine Favoriten: Tippen Sie auf das Herz in der Karte einer Wohnung, um sie hier zu merken.</translation>
    </message>
    <message>
        <source>Compare the first three</source>
        <translation>Die ersten drei vergleichen</translation>
    </message>
    <message>
        <source>Compare these %1</source>
        <translation>Diese %1 vergleichen</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Schlafzimmer</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>studios only</source>
        <translation>nur Studios</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Living area</source>
        <translation>Wohnfläche</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Facing</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Home type</source>
        <translation>Wohnungstyp</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n gewählt</numerusform>
            <numerusform>%n gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>N</source>
        <comment>compass: north</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Norden</translation>
    </message>
    <message>
        <source>NE</source>
        <comment>compass: north-east</comment>
        <translation>NO</translation>
    </message>
    <message>
        <source>North-east</source>
        <translation>Nordosten</translation>
    </message>
    <message>
        <source>E</source>
        <comment>compass: east</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>East</source>
        <translation>Osten</translation>
    </message>
    <message>
        <source>SE</source>
        <comment>compass: south-east</comment>
        <translation>SO</translation>
    </message>
    <message>
        <source>South-east</source>
        <translation>Südosten</translation>
    </message>
    <message>
        <source>S</source>
        <comment>compass: south</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>South</source>
        <translation>Süden</translation>
    </message>
    <message>
        <source>SW</source>
        <comment>compass: south-west</comment>
        <translation>SW</translation>
    </message>
    <message>
        <source>South-west</source>
        <translation>Südwesten</translation>
    </message>
    <message>
        <source>W</source>
        <comment>compass: west</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>West</source>
        <translation>Westen</translation>
    </message>
    <message>
        <source>NW</source>
        <comment>compass: north-west</comment>
        <translation>NW</translation>
    </message>
    <message>
        <source>North-west</source>
        <translation>Nordwesten</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <source>Find a home</source>
        <translation>Wohnung finden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>FinishClassRow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FinishSelection</name>
    <message>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>%1 floor</source>
        <translation>Boden %1</translation>
    </message>
    <message>
        <source>Walls</source>
        <translation>Wände</translation>
    </message>
    <message>
        <source>%1 walls</source>
        <translation>Wände %1</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>%1 kitchen</source>
        <translation>Küche %1</translation>
    </message>
    <message>
        <source>Worktop</source>
        <translation>Arbeitsplatte</translation>
    </message>
    <message>
        <source>%1 worktop</source>
        <translation>Arbeitsplatte %1</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>%1 bathroom</source>
        <translation>Bad %1</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Türen</translation>
    </message>
    <message>
        <source>%1 doors</source>
        <translation>Türen %1</translation>
    </message>
    <message>
        <source>%1 (standard)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>FinishSwatch</name>
    <message>
        <source>no extra cost</source>
        <translation>ohne Aufpreis</translation>
    </message>
</context>
<context>
    <name>FinishesPanel</name>
    <message>
        <source>Finishes</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Home %1 · choose a palette for each surface</source>
        <translation>Wohnung %1 · wählen Sie für jede Fläche eine Ausstattungslinie</translation>
    </message>
    <message>
        <source>Price difference: %1</source>
        <translation>Preisunterschied: %1</translation>
    </message>
    <message>
        <source>Standard finishes: included in the price</source>
        <translation>Standardausstattung: im Kaufpreis enthalten</translation>
    </message>
    <message>
        <source>No change to the price</source>
        <translation>Keine Änderung am Kaufpreis</translation>
    </message>
    <message>
        <source>Reset to standard</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
</context>
<context>
    <name>FinishesSummary</name>
    <message>
        <source>Finishes: %1 · %2</source>
        <translation>Ausstattung: %1 · %2</translation>
    </message>
    <message>
        <source>Finishes: %1</source>
        <translation>Ausstattung: %1</translation>
    </message>
    <message>
        <source>Choose finishes</source>
        <translation>Ausstattung wählen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>FloorStepper</name>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>One floor up</source>
        <translation>Eine Etage höher</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>One floor down</source>
        <translation>Eine Etage tiefer</translation>
    </message>
    <message>
        <source>Whole building</source>
        <translation>Alle Etagen</translation>
    </message>
</context>
<context>
    <name>HeartButton</name>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
</context>
<context>
    <name>HeatCell</name>
    <message>
        <source>Unit %1, interest %2 of 100, %3</source>
        <translation>Wohnung %1, Interesse %2 von 100, %3</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Less interest</source>
        <translation>Weniger Interesse</translation>
    </message>
    <message>
        <source>More interest</source>
        <translation>Mehr Interesse</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
</context>
<context>
    <name>HeatStackingPlan</name>
    <message>
        <source>Interest on the stacking plan</source>
        <translation>Interesse im Etagenspiegel</translation>
    </message>
</context>
<context>
    <name>HeatmapsView</name>
    <message>
        <source>Where visitors looked over the site</source>
        <translation>Wohin Besucher über das Gelände schauten</translation>
    </message>
    <message>
        <source>Time the camera spent over each spot, seen from above</source>
        <translation>Zeit der Kamera über jeder Stelle, von oben gesehen</translation>
    </message>
    <message>
        <source>Inside the homes</source>
        <translation>In den Wohnungen</translation>
    </message>
    <message>
        <source>Where visitors lingered in each type of home</source>
        <translation>Wo Besucher in jedem Wohnungstyp verweilten</translation>
    </message>
    <message>
        <source>Nobody has walked inside a home in this period yet</source>
        <translation>In diesem Zeitraum hat noch niemand eine Wohnung betreten</translation>
    </message>
</context>
<context>
    <name>HomeHighlight</name>
    <message>
        <source>%1 bedrooms · %2 · %3</source>
        <translation>%1 Schlafzimmer · %2 · %3</translation>
    </message>
    <message>
        <source>Studio · %1 · %2</source>
        <translation>Studio · %1 · %2</translation>
    </message>
    <message>
        <source>1 bedroom · %1 · %2</source>
        <translation>1 Schlafzimmer · %1 · %2</translation>
    </message>
</context>
<context>
    <name>InsidePage</name>
    <message>
        <source>Home %1 · %2</source>
        <translation>Wohnung %1 · %2</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>Interior not available</source>
        <translation>Innenansicht nicht verfügbar</translation>
    </message>
    <message>
        <source>Opening the home…</source>
        <translation>Die Wohnung wird geöffnet …</translation>
    </message>
    <message>
        <source>Drag to look around · tap the floor to walk there · W A S D</source>
        <translation>Ziehen, um sich umzusehen · auf den Boden tippen, um dorthin zu gehen · W A S D</translation>
    </message>
    <message>
        <source>Balcony view</source>
        <translation>Blick vom Balkon</translation>
    </message>
    <message>
        <source>Window view</source>
        <translation>Blick aus dem Fenster</translation>
    </message>
    <message>
        <source>Leave home</source>
        <translation>Wohnung verlassen</translation>
    </message>
    <message>
        <source>This home&apos;s interior could not be opened: %1</source>
        <translation>Die Innenansicht dieser Wohnung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Choose the floor, walls, kitchen and bathroom finishes</source>
        <translation>Boden, Wände, Küche und Bad auswählen</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, optional</translation>
    </message>
</context>
<context>
    <name>LeadFields</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>How should we contact you?</source>
        <translation>Wie sollen wir Sie kontaktieren?</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per Telefon</translation>
    </message>
    <message>
        <source>Fields without “optional” are needed to send. We use your details only for this request and as you agreed above.</source>
        <translation>Felder ohne „optional“ werden zum Senden benötigt. Wir verwenden Ihre Angaben nur für diese Anfrage und wie oben von Ihnen erlaubt.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Tick the consent to be contacted first</source>
        <translation>Bitte stimmen Sie zuerst der Kontaktaufnahme zu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Enter your first name.</source>
        <translation>Bitte geben Sie Ihren Vornamen ein.</translation>
    </message>
    <message>
        <source>Write your first name in letters.</source>
        <translation>Bitte schreiben Sie Ihren Vornamen in Buchstaben.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Bitte geben Sie Ihren Nachnamen ein.</translation>
    </message>
    <message>
        <source>Write your last name in letters.</source>
        <translation>Bitte schreiben Sie Ihren Nachnamen in Buchstaben.</translation>
    </message>
</context>
<context>
    <name>LeadMessage</name>
    <message>
        <source>Message (optional)</source>
        <translation>Nachricht (optional)</translation>
    </message>
    <message>
        <source>A question, or when we may call you</source>
        <translation>Eine Frage, oder wann wir Sie anrufen dürfen</translation>
    </message>
    <message>
        <source>Message, optional</source>
        <translation>Nachricht, optional</translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>Send me this home</source>
        <translation>Diese Wohnung zusenden</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Send me this home: unit %1</source>
        <translation>Diese Wohnung zusenden: Wohnung %1</translation>
    </message>
</context>
<context>
    <name>LoadingOverlay</name>
    <message>
        <source>Preparing the site…</source>
        <translation>Das Gelände wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 · Showroom</source>
        <translation>%1 · Showroom</translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation>Showroom</translation>
    </message>
</context>
<context>
    <name>MovePad</name>
    <message>
        <source>Walk forward</source>
        <translation>Vorwärts gehen</translation>
    </message>
    <message>
        <source>Step left</source>
        <translation>Schritt nach links</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Zurück gehen</translation>
    </message>
    <message>
        <source>Step right</source>
        <translation>Schritt nach rechts</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 homes · %2 available · tap a building or a home</source>
        <translation>%1 Wohnungen · %2 verfügbar · tippen Sie auf ein Gebäude oder eine Wohnung</translation>
    </message>
    <message>
        <source>Find a home</source>
        <translation>Wohnung finden</translation>
    </message>
    <message>
        <source>Construction &amp; sun</source>
        <translation>Bauablauf &amp; Sonne</translation>
    </message>
    <message>
        <source>Stacking plan</source>
        <translation>Etagenplan</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Rundgang</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>Engaged sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>%1% of sessions</source>
        <translation>%1 % der Sitzungen</translation>
    </message>
    <message>
        <source>Average engaged time</source>
        <translation>Mittlere aktive Zeit</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>per session</source>
        <translation>pro Sitzung</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1% of visitors</source>
        <translation>%1 % der Besucher</translation>
    </message>
    <message>
        <source>Returning visitors</source>
        <translation>Wiederkehrende Besucher</translation>
    </message>
    <message>
        <source>came back on a later day</source>
        <translation>kamen an einem späteren Tag wieder</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Sessions that reached each step, and how many went on from the step before</source>
        <translation>Sitzungen, die jeden Schritt erreichten, und wie viele vom Schritt davor weitergingen</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Besucher pro Tag</translation>
    </message>
    <message>
        <source>Dots: days with leads</source>
        <translation>Punkte: Tage mit Anfragen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Mitarbeiter-PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>No staff PIN is set on this device.</source>
        <translation>Auf diesem Gerät ist keine Mitarbeiter-PIN gesetzt.</translation>
    </message>
    <message>
        <source>1 attempt left before a pause.</source>
        <translation>Noch 1 Versuch vor einer Pause.</translation>
    </message>
    <message>
        <source>%1 attempts left before a pause.</source>
        <translation>Noch %1 Versuche vor einer Pause.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Mitarbeiter-PIN eingeben.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 Min.</translation>
    </message>
    <message>
        <source>1 digit entered</source>
        <translation>1 Ziffer eingegeben</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>%1 Ziffern eingegeben</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
</context>
<context>
    <name>PlanCell</name>
    <message>
        <source>Unit %1, %2</source>
        <translation>Wohnung %1, %2</translation>
    </message>
    <message>
        <source>%1 bed</source>
        <translation>%1 Schlafz.</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
</context>
<context>
    <name>PlanLegend</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Not in your search</source>
        <translation>Nicht in Ihrer Suche</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
</context>
<context>
    <name>PlanThumbnail</name>
    <message>
        <source>Floor plan, tap to enlarge</source>
        <translation>Grundriss, zum Vergrößern tippen</translation>
    </message>
    <message>
        <source>Tap to enlarge</source>
        <translation>Zum Vergrößern tippen</translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <source>Pinch or scroll to zoom · drag to move · double tap to fit</source>
        <translation>Zum Zoomen zusammenziehen oder scrollen · zum Verschieben ziehen · doppelt tippen zum Einpassen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>No homes match</source>
        <translation>Keine Wohnung passt</translation>
    </message>
    <message>
        <source>1 home matches</source>
        <translation>1 Wohnung passt</translation>
    </message>
    <message>
        <source>%1 homes match</source>
        <translation>%1 Wohnungen passen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Try fewer filters, or clear them to see every available home.</source>
        <translation>Versuchen Sie weniger Filter, oder setzen Sie sie zurück, um alle verfügbaren Wohnungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Home %1, %2, %3</source>
        <translation>Wohnung %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 bed  ·  %2</source>
        <translation>%1 Schlafz.  ·  %2</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>%1 aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>%1 zu den Favoriten hinzufügen</translation>
    </message>
</context>
<context>
    <name>ResumeCode</name>
    <message>
        <source>&apos;%1&apos; is not a resume code: it has &apos;%2&apos;; a code has only letters and digits, like K7Q-M2X-D9H</source>
        <translation>„%1“ ist kein Wiederaufnahme-Code: Er enthält „%2“; ein Code besteht nur aus Buchstaben und Ziffern, etwa K7Q-M2X-D9H</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short for a resume code (a code looks like K7Q-M2X-D9H)</source>
        <translation>„%1“ ist zu kurz für einen Wiederaufnahme-Code (ein Code sieht aus wie K7Q-M2X-D9H)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid resume code: please check it for a typing mistake</source>
        <translation>„%1“ ist kein gültiger Wiederaufnahme-Code: Bitte prüfen Sie ihn auf Tippfehler</translation>
    </message>
    <message>
        <source>resume code &apos;%1&apos; belongs to another development, not %2</source>
        <translation>Der Wiederaufnahme-Code „%1“ gehört zu einem anderen Bauprojekt, nicht zu %2</translation>
    </message>
    <message>
        <source>resume code &apos;%1&apos; was made for an earlier list of homes or finishes of %2; please ask the sales team</source>
        <translation>Der Wiederaufnahme-Code „%1“ wurde für einen früheren Stand der Wohnungen oder Ausstattungen von %2 erstellt; bitte fragen Sie das Vertriebsteam</translation>
    </message>
</context>
<context>
    <name>SortButton</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>höchste zuerst</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>niedrigste zuerst</translation>
    </message>
</context>
<context>
    <name>SortHeader</name>
    <message>
        <source>%1, sorted %2</source>
        <translation>%1, %2 sortiert</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
</context>
<context>
    <name>StackingPlanPage</name>
    <message>
        <source>Stacking plan</source>
        <translation>Etagenplan</translation>
    </message>
    <message>
        <source>%1 homes</source>
        <translation>%1 Wohnungen</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <source>%1 match your search</source>
        <translation>%1 passen zu Ihrer Suche</translation>
    </message>
    <message>
        <source>tap a home</source>
        <translation>tippen Sie auf eine Wohnung</translation>
    </message>
    <message>
        <source>No homes of this building are on sale yet.</source>
        <translation>In diesem Gebäude sind noch keine Wohnungen im Verkauf.</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>Staff access is not set up on this kiosk.</source>
        <translation>Der Mitarbeiterzugang ist an diesem Kiosk nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Kiosk · staff</source>
        <translation>Kiosk · Mitarbeiter</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Reload development</source>
        <translation>Projekt neu laden</translation>
    </message>
    <message>
        <source>Clear notes</source>
        <translation>Hinweise löschen</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation>Zurück zu den Besuchern</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Hide colours</source>
        <translation>Farben ausblenden</translation>
    </message>
    <message>
        <source>Show colours</source>
        <translation>Farben zeigen</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Touch the screen to carry on. Otherwise the showroom starts over for the next visitor, and what you chose here is cleared.</source>
        <translation>Berühren Sie den Bildschirm, um fortzufahren. Sonst beginnt der Showroom für den nächsten Besucher von vorn, und Ihre Auswahl wird gelöscht.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>StoreySwitch</name>
    <message>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <source>Upper floor</source>
        <translation>Obergeschoss</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1. Etage</translation>
    </message>
</context>
<context>
    <name>SuggestedHome</name>
    <message>
        <source>Home %1</source>
        <translation>Wohnung %1</translation>
    </message>
</context>
<context>
    <name>SunPanel</name>
    <message>
        <source>SUN</source>
        <translation>SONNE</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>Eine Woche früher</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Sommer</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>Winter</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>Eine Woche später</translation>
    </message>
    <message>
        <source>Sunrise %1 · Sunset %2</source>
        <translation>Sonnenaufgang %1 · Sonnenuntergang %2</translation>
    </message>
    <message>
        <source>The sun does not set</source>
        <translation>Die Sonne geht nicht unter</translation>
    </message>
    <message>
        <source>The sun does not rise</source>
        <translation>Die Sonne geht nicht auf</translation>
    </message>
</context>
<context>
    <name>ThankYou</name>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Vielen Dank, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Your brochure for this home is ready: our sales team sends it to you with their first message.</source>
        <translation>Ihre Broschüre zu dieser Wohnung ist fertig: Unser Vertriebsteam sendet sie Ihnen mit der ersten Nachricht.</translation>
    </message>
    <message>
        <source>Your brochure could not be prepared here; our sales team sends it to you instead.</source>
        <translation>Ihre Broschüre konnte hier nicht erstellt werden; unser Vertriebsteam sendet sie Ihnen stattdessen zu.</translation>
    </message>
    <message>
        <source>Your brochure for this home, with the finishes you chose, is being prepared.</source>
        <translation>Ihre Broschüre zu dieser Wohnung mit der von Ihnen gewählten Ausstattung wird erstellt.</translation>
    </message>
    <message>
        <source>Our sales team prepares the details of this home for you.</source>
        <translation>Unser Vertriebsteam stellt die Unterlagen zu dieser Wohnung für Sie zusammen.</translation>
    </message>
    <message>
        <source>A member of our sales team calls you within two working days.</source>
        <translation>Jemand aus unserem Vertriebsteam ruft Sie innerhalb von zwei Werktagen an.</translation>
    </message>
    <message>
        <source>A member of our sales team writes to you by email within two working days.</source>
        <translation>Jemand aus unserem Vertriebsteam schreibt Ihnen innerhalb von zwei Werktagen eine E-Mail.</translation>
    </message>
    <message>
        <source>You will receive our newsletter, at most once a month. Every issue has a link to unsubscribe.</source>
        <translation>Sie erhalten unseren Newsletter, höchstens einmal im Monat. Jede Ausgabe enthält einen Link zum Abbestellen.</translation>
    </message>
    <message>
        <source>We will not send you a newsletter.</source>
        <translation>Wir senden Ihnen keinen Newsletter.</translation>
    </message>
    <message>
        <source>You can withdraw your consent at any time: tell the sales office, and we delete your details.</source>
        <translation>Sie können Ihre Einwilligung jederzeit widerrufen: Sagen Sie es dem Verkaufsbüro, und wir löschen Ihre Angaben.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>We have your request for unit %1. Here is what happens next:</source>
        <translation>Wir haben Ihre Anfrage zu Wohnung %1 erhalten. So geht es weiter:</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source> · late</source>
        <translation> · verspätet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Completion %1</source>
        <translation>Fertigstellung %1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>CONSTRUCTION</source>
        <translation>BAUABLAUF</translation>
    </message>
    <message>
        <source>Finished · %1</source>
        <translation>Fertiggestellt · %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Today on site · completion expected %1</source>
        <translation>Heute auf der Baustelle · Fertigstellung voraussichtlich %1</translation>
    </message>
    <message>
        <source>Completion expected %1</source>
        <translation>Fertigstellung voraussichtlich %1</translation>
    </message>
    <message>
        <source>See it today</source>
        <translation>Heute ansehen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertiggestellt</translation>
    </message>
    <message>
        <source>Close the timeline</source>
        <translation>Zeitleiste schließen</translation>
    </message>
</context>
<context>
    <name>TourCaption</name>
    <message>
        <source>Guided tour · %1 of %2</source>
        <translation>Rundgang · %1 von %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1. Etage</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <source>Unit %1</source>
        <translation>Wohnung %1</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Schlafzimmer</translation>
    </message>
    <message>
        <source>Bathrooms</source>
        <translation>Badezimmer</translation>
    </message>
    <message>
        <source>Living area</source>
        <translation>Wohnfläche</translation>
    </message>
    <message>
        <source>Balcony</source>
        <translation>Balkon</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Unit %1 · %2</source>
        <translation>Wohnung %1 · %2</translation>
    </message>
</context>
<context>
    <name>UnitLabels</name>
    <message>
        <source>Unit %1</source>
        <translation>Wohnung %1</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>Home</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Drinnen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Brochures</source>
        <translation>Exposés</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>UnitWords</name>
    <message>
        <source>North</source>
        <translation>Norden</translation>
    </message>
    <message>
        <source>North-east</source>
        <translation>Nordosten</translation>
    </message>
    <message>
        <source>East</source>
        <translation>Osten</translation>
    </message>
    <message>
        <source>South-east</source>
        <translation>Südosten</translation>
    </message>
    <message>
        <source>South</source>
        <translation>Süden</translation>
    </message>
    <message>
        <source>South-west</source>
        <translation>Südwesten</translation>
    </message>
    <message>
        <source>West</source>
        <translation>Westen</translation>
    </message>
    <message>
        <source>North-west</source>
        <translation>Nordwesten</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>hot homes still available</source>
        <translation>gefragte Wohnungen noch frei</translation>
    </message>
    <message>
        <source>taken homes still wanted</source>
        <translation>vergebene Wohnungen weiter gefragt</translation>
    </message>
    <message>
        <source>homes nobody looks at</source>
        <translation>Wohnungen, die niemand ansieht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>hot home still available</source>
        <translation>gefragte Wohnung noch frei</translation>
    </message>
    <message>
        <source>taken home still wanted</source>
        <translation>vergebene Wohnung weiter gefragt</translation>
    </message>
    <message>
        <source>home nobody looks at</source>
        <translation>Wohnung, die niemand ansieht</translation>
    </message>
    <message>
        <source>On the stacking plan</source>
        <translation>Im Etagenspiegel</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>Auf dem Gelände</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>VisitorFacts</name>
    <message>
        <source>Visitor %1</source>
        <translation>Besucher %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>bevorzugt %1</translation>
    </message>
    <message>
        <source>%1 visits, first %2, last %3</source>
        <translation>%1 Besuche, zuerst %2, zuletzt %3</translation>
    </message>
    <message>
        <source>lead score of 100</source>
        <translation>Lead-Wert von 100</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Homes they cared about</source>
        <translation>Wohnungen mit Interesse</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Finishes chosen</source>
        <translation>Gewählte Ausstattung</translation>
    </message>
    <message>
        <source>Brochures and requests</source>
        <translation>Exposés und Anfragen</translation>
    </message>
    <message>
        <source>Brochure file: %1</source>
        <translation>Exposé-Datei: %1</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>No consent given: contact details are not held</source>
        <translation>Keine Einwilligung: keine Kontaktdaten gespeichert</translation>
    </message>
</context>
<context>
    <name>VisitorRow</name>
    <message>
        <source>Visitor %1, lead score %2</source>
        <translation>Besucher %1, Lead-Wert %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>VisitorView</name>
    <message>
        <source>‹ All visitors</source>
        <translation>‹ Alle Besucher</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Could not open this visitor: %1</source>
        <translation>Dieser Besucher ließ sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Nothing is held about this visitor (never seen, or erased).</source>
        <translation>Zu diesem Besucher ist nichts gespeichert (nie gesehen oder gelöscht).</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Visit on %1</source>
        <translation>Besuch am %1</translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Lead-Wert</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>%1 visitors in this period</source>
        <translation>%1 Besucher in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Top home</source>
        <translation>Top-Wohnung</translation>
    </message>
    <message>
        <source>Details left</source>
        <translation>Kontakt hinterlassen</translation>
    </message>
    <message>
        <source>No visitors in this period yet</source>
        <translation>Noch keine Besucher in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>WelcomeEntry</name>
    <message>
        <source>That is not a code from one of our brochures. %1</source>
        <translation>Das ist kein Code aus einer unserer Broschüren. %1</translation>
    </message>
    <message>
        <source>We could not find a brochure with this code. Please check it, or type the e-mail you left with us.</source>
        <translation>Wir haben keine Broschüre mit diesem Code gefunden. Bitte prüfen Sie ihn, oder geben Sie die E-Mail-Adresse ein, die Sie bei uns hinterlassen haben.</translation>
    </message>
    <message>
        <source>This code is on more than one brochure. Please type the e-mail you left with us instead.</source>
        <translation>Dieser Code steht auf mehr als einer Broschüre. Bitte geben Sie stattdessen die E-Mail-Adresse ein, die Sie bei uns hinterlassen haben.</translation>
    </message>
    <message>
        <source>We have no visit with this e-mail that we may use to recognise you.</source>
        <translation>Wir haben keinen Besuch mit dieser E-Mail-Adresse, anhand dessen wir Sie wiedererkennen dürfen.</translation>
    </message>
    <message>
        <source>We cannot look up earlier visits right now.</source>
        <translation>Frühere Besuche können wir gerade nicht abrufen.</translation>
    </message>
    <message>
        <source>Been here before?</source>
        <translation>Schon einmal hier gewesen?</translation>
    </message>
    <message>
        <source>Type the code from your brochure, or the e-mail you left with us.</source>
        <translation>Geben Sie den Code aus Ihrer Broschüre oder die E-Mail-Adresse ein, die Sie bei uns hinterlassen haben.</translation>
    </message>
    <message>
        <source>Code from your brochure, or your e-mail</source>
        <translation>Code aus Ihrer Broschüre oder Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>%1, which you saved, has been sold.</source>
        <translation>%1, die Sie gespeichert hatten, wurde verkauft.</translation>
    </message>
    <message>
        <source>%1, which you saved, has been reserved.</source>
        <translation>%1, die Sie gespeichert hatten, wurde reserviert.</translation>
    </message>
    <message>
        <source>%1, which you asked about, has been sold.</source>
        <translation>%1, nach der Sie gefragt hatten, wurde verkauft.</translation>
    </message>
    <message>
        <source>%1, which you asked about, has been reserved.</source>
        <translation>%1, nach der Sie gefragt hatten, wurde reserviert.</translation>
    </message>
    <message>
        <source>Home %1 with your finishes</source>
        <translation>Wohnung %1 mit Ihrer Ausstattung</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Wohnung %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>the site as of %1</source>
        <translation>die Baustelle am %1</translation>
    </message>
    <message>
        <source>the sun on %1 at %2</source>
        <translation>die Sonne am %1 um %2</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>Willkommen zurück, %1</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>The closest homes still available:</source>
        <translation>Die ähnlichsten noch verfügbaren Wohnungen:</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>You might also like</source>
        <translation>Das könnte Ihnen auch gefallen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>showroom::dashboard::DashboardModel</name>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>showroom::lead::LeadForm</name>
    <message numerus="yes">
        <source>%n thing(s) to put right before sending:</source>
        <translation>
            <numerusform>Vor dem Senden ist %n Angabe zu korrigieren:</numerusform>
            <numerusform>Vor dem Senden sind %n Angaben zu korrigieren:</numerusform>
        </translation>
    </message>
    <message>
        <source>this development</source>
        <translation>dieses Bauprojekt</translation>
    </message>
    <message>
        <source>I agree that the sales team of %1 may store the details I entered here and contact me about this home in the way I chose above. I can withdraw this consent at any time by writing to the sales office.</source>
        <translation>Ich bin damit einverstanden, dass das Vertriebsteam von %1 die hier eingegebenen Angaben speichert und mich auf dem oben gewählten Weg zu dieser Wohnung kontaktiert. Ich kann diese Einwilligung jederzeit schriftlich gegenüber dem Verkaufsbüro widerrufen.</translation>
    </message>
    <message>
        <source>Yes, send me the %1 newsletter by email (news about the building works and homes, at most once a month). I can unsubscribe at any time.</source>
        <translation>Ja, senden Sie mir den Newsletter von %1 per E-Mail (Neuigkeiten zum Baufortschritt und zu den Wohnungen, höchstens einmal im Monat). Ich kann ihn jederzeit abbestellen.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the ISO 639-1 code of this translation&apos;s language (de)</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>showroom::scene::SiteModel</name>
    <message>
        <source>%1: loading was cancelled</source>
        <translation>%1: Das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: the model contains no geometry</source>
        <translation>%1: Das Modell enthält keine Geometrie</translation>
    </message>
</context>
<context>
    <name>showroom::staff::StaffAccess</name>
    <message>
        <source>Staff access is not available on this device.</source>
        <translation>Der Mitarbeiterzugang ist auf diesem Gerät nicht verfügbar.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 attempt left.</source>
        <translation>Falsche PIN. Noch 1 Versuch.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>Falsche PIN. Noch %1 Versuche.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked for %1.</source>
        <translation>Zu viele falsche PINs: gesperrt für %1.</translation>
    </message>
    <message>
        <source>Locked: try again in %1.</source>
        <translation>Gesperrt: erneut versuchen in %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this device (showroom-admin set-pin).</source>
        <translation>Auf diesem Gerät ist keine Mitarbeiter-PIN gesetzt (showroom-admin set-pin).</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>Die PIN konnte nicht geprüft werden: %1</translation>
    </message>
</context>
</TS>
