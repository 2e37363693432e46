package timex

import (
	"testing"
	"time"
)

// esAnchor is Tuesday 15 March 2011.
var esAnchor = time.Date(2011, 3, 15, 0, 0, 0, 0, time.UTC)

func TestDayMonthES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"Las protestas comenzaron el 15 de marzo de 2011 en Deraa.", "el 15 de marzo de 2011=2011-03-15/DATE"},
		{"El martes, 15 de marzo, hubo marchas.", "El martes, 15 de marzo=2011-03-15/DATE"},
		{"Mubarak dimitió el 11 de febrero.", "el 11 de febrero=2011-02-11/DATE"},
		{"Las elecciones serán el próximo 28 de noviembre.", "el próximo 28 de noviembre=2011-11-28/DATE"},
		{"El pasado 11 de febrero cayó el régimen.", "El pasado 11 de febrero=2011-02-11/DATE"},
		{"Miércoles 11 de noviembre de 2020", "Miércoles 11 de noviembre de 2020=2020-11-11/DATE"},
		{"BRUSELAS, 24 Mar. (EUROPA PRESS) -", "24 Mar.=2011-03-24/DATE"},
		{"Hubo un ataque el 5 de mar de la costa.", ""},
		{"Su intervención del pasado 1º de marzo de 2011 fue clara.", "pasado 1º de marzo de 2011=2011-03-01/DATE"},
		{"Fidel Castro Ruz\nMarzo 9 de 2011", "Marzo 9 de 2011=2011-03-09/DATE"},
		{"En 2004 llegó Blair; en octubre de ese año, Chirac.", "2004=2004/DATE; octubre de ese año=2004-10/DATE"},
	})
}

func TestNumericES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"Publicado el 15/03/2011 a mediodía.", "el 15/03/2011=2011-03-15/DATE; mediodía=2011-03-15T12:00/TIME"},
		{"10.05.2011.- Al menos 48 personas han muerto.", "10.05.2011=2011-05-10/DATE"},
		{"Viernes 25/02/2011. Actualizado 20:45h.", "Viernes 25/02/2011=2011-02-25/DATE; 20:45h=2011-02-25T20:45/TIME"},
		{"El Gobierno aseguró hoy (26.04.2017) que tiene pruebas.", "hoy=2011-03-15/DATE; 26.04.2017=2017-04-26/DATE"},
		{"Cifras: 1.500.000 personas y 3-4 heridos.", ""},
	})
}

func TestMonthES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"El conflicto empezó en marzo de 2011.", "marzo de 2011=2011-03/DATE"},
		{"Llegó en enero.", "enero=2011-01/DATE"},
		{"Los combates se recrudecieron en mayo.", "mayo=2010-05/DATE"},
		{"La cumbre será en junio.", "junio=2011-06/DATE"},
		{"La reunión de julio pasado fracasó.", "julio pasado=2010-07/DATE"},
		{"A principios de marzo la ciudad cayó.", "principios de marzo=2011-03/DATE"},
		{"En febrero del año pasado hubo elecciones.", "febrero del año pasado=2010-02/DATE"},
		{"Miles se reunieron en la Plaza de Mayo.", ""},
	})
}

func TestYearsES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"En 2010 la economía creció.", "2010=2010/DATE"},
		{"Hubo 2011 personas heridas.", ""},
		{"En los años 90 y en la década de los ochenta.", "los años 90=199/DATE; la década de los ochenta=198/DATE"},
		{"Es el peor conflicto del siglo XXI.", "siglo XXI=20/DATE"},
		{"En el primer trimestre de 2011 cayó el PIB.", "el primer trimestre de 2011=2011-Q1/DATE"},
	})
}

func TestRelativeDayES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"Ayer hubo protestas; hoy hay calma.", "Ayer=2011-03-14/DATE; hoy=2011-03-15/DATE"},
		{"Mañana se votará la ley.", "Mañana=2011-03-16/DATE"},
		{"Por la mañana hubo disparos.", "la mañana=2011-03-15TMO/TIME"},
		{"Esta mañana hubo disparos.", "Esta mañana=2011-03-15TMO/TIME"},
		{"Anteayer y pasado mañana.", "Anteayer=2011-03-13/DATE; pasado mañana=2011-03-17/DATE"},
		{"Anoche murieron tres personas.", "Anoche=2011-03-14TNI/TIME"},
		{"Ayer por la tarde llegó.", "Ayer por la tarde=2011-03-14TAF/TIME"},
		{"El miércoles hubo marchas, que la víspera fueron mayores.", "El miércoles=2011-03-09/DATE; la víspera=2011-03-08/DATE"},
	})
}

func TestWeekdayES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"El martes murieron cinco personas.", "El martes=2011-03-15/DATE"},
		{"El pasado jueves hubo marchas.", "El pasado jueves=2011-03-10/DATE"},
		{"El próximo lunes habrá reunión.", "El próximo lunes=2011-03-21/DATE"},
		{"El viernes se celebrará una marcha.", "El viernes=2011-03-18/DATE"},
		{"El jueves por la noche hubo disparos.", "El jueves por la noche=2011-03-10TNI/TIME"},
		{"El lunes 14, hubo enfrentamientos.", "El lunes 14=2011-03-14/DATE"},
		{"El lunes 15 personas murieron.", "El lunes=2011-03-14/DATE"},
		{"Llegó a Santo Domingo y habló con Domingo Cavallo.", ""},
	})
}

func TestUnitsES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"La semana pasada, el mes pasado y el año pasado.", "La semana pasada=2011-W10/DATE; el mes pasado=2011-02/DATE; el año pasado=2010/DATE"},
		{"Este año y esta semana.", "Este año=2011/DATE; esta semana=2011-W11/DATE"},
		{"El próximo año y el mes que viene.", "El próximo año=2012/DATE; el mes que viene=2011-04/DATE"},
		{"A finales del año pasado hubo elecciones.", "finales del año pasado=2010/DATE"},
		{"Hace tres días llegó.", "Hace tres días=2011-03-12/DATE"},
		{"Hace un año todo era distinto.", "Hace un año=2010/DATE"},
		{"Hace unos meses empezó.", "Hace unos meses=PAST_REF/DATE"},
		{"Dentro de dos semanas habrá elecciones.", "Dentro de dos semanas=2011-W13/DATE"},
		{"Vive allí desde hace tres años.", "hace tres años=P3Y/DURATION"},
		{"Tres años atrás todo empezó.", "Tres años atrás=2008/DATE"},
		{"Este fin de semana hubo marchas.", "Este fin de semana=2011-W11-WE/DATE"},
	})
}

func TestDurationsES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"Durante tres años vivió allí.", "tres años=P3Y/DURATION"},
		{"La huelga duró 24 horas.", "24 horas=PT24H/DURATION"},
		{"Un niño de 11 años murió.", ""},
		{"Ingresó en la universidad a los 21 años.", ""},
		{"Tiene 45 años de edad.", ""},
		{"Fue condenado a 15 años de prisión.", "15 años=P15Y/DURATION"},
		{"En los últimos tres meses murieron miles.", "los últimos tres meses=P3M/DURATION"},
		{"Un día volveremos.", ""},
		{"Tras 30 años en el poder, cayó.", "30 años=P30Y/DURATION"},
	})
}

func TestTimesES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"El acto será a las 15.00 horas del miércoles.", "las 15.00 horas=2011-03-16T15:00/TIME; miércoles=2011-03-16/DATE"},
		{"Llegó a las 10 de la mañana.", "las 10 de la mañana=2011-03-15T10:00/TIME"},
		{"A las 8 de la noche empezó el toque de queda.", "las 8 de la noche=2011-03-15T20:00/TIME"},
		{"Se reúne a partir de las 15:30 GMT.", "las 15:30 GMT=2011-03-15T15:30Z/TIME"},
		{"Durante las 24 horas del día.", "24 horas=PT24H/DURATION"},
		{"A las 10 víctimas se sumaron otras.", ""},
	})
}

func TestRefsAndSetsES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"Actualmente hay calma; recientemente hubo ataques.", "Actualmente=PRESENT_REF/DATE; recientemente=PAST_REF/DATE"},
		{"Ahora es tarde para pensar en el futuro.", "Ahora=PRESENT_REF/DATE; el futuro=FUTURE_REF/DATE"},
		{"Cada día y todos los días; los lunes, diariamente.", "Cada día=P1D/SET; todos los días=P1D/SET; los lunes=XXXX-WXX-1/SET; diariamente=P1D/SET"},
		{"Al día siguiente hubo más muertos.", ""},
		{"Cobra 500 euros al mes.", "al mes=P1M/SET"},
		{"Celebraron la Navidad.", "la Navidad=2010-12-25/DATE"},
	})
}

func TestNoAnchorES(t *testing.T) {
	runTagCases(t, "es", time.Time{}, []tagCase{
		{"Ayer hubo protestas el 15 de marzo de 2011.", "Ayer=XXXX-XX-XX/DATE!no-anchor; el 15 de marzo de 2011=2011-03-15/DATE"},
		{"El martes hubo marchas.", "El martes=XXXX-WXX-2/DATE!no-anchor"},
	})
}

func TestTextDateES(t *testing.T) {
	clock := time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)
	tg := &Tagger{Now: func() time.Time { return clock }}
	for _, tc := range []struct{ body, want string }{
		{"EL CAIRO, 15 Mar. (EUROPA PRESS) -\nEl presidente egipcio habló en 2011.", "2011-03-15"},
		{"MADRID, 3 de febrero de 2011 (EFE).- Miles de personas marcharon.", "2011-02-03"},
		{"El Gobierno de Francia aseguró hoy (26.04.2017) que tiene pruebas.", "2017-04-26"},
		{"Primera contienda presidencial\n10 de marzo de 2012 01:21 PM\nEgipto inició la votación el 9 de marzo de 2012 y seguirá.", "2012-03-10"},
		{"Mubarak cayó el 11 de febrero de 2011 tras dieciocho días de protestas en la plaza Tahrir de El Cairo, según recuerda hoy la prensa.", ""},
	} {
		got, _, _ := tg.Date(tc.body, "es", "")
		if got != tc.want {
			t.Errorf("Date(%.50q, es) = %q, want %q", tc.body, got, tc.want)
		}
	}
}

func TestPartsOfDayAndSeasonsES(t *testing.T) {
	runTagCases(t, "es", esAnchor, []tagCase{
		{"Los ataques de la madrugada del viernes dejaron diez muertos.", "la madrugada del viernes=2011-03-11TMO/TIME"},
		{"En la noche del 14 de marzo hubo disparos.", "la noche del 14 de marzo=2011-03-14TNI/TIME"},
		{"La pasada noche hubo explosiones.", "La pasada noche=2011-03-14TNI/TIME"},
		{"Hubo disparos durante la noche.", "la noche=2011-03-15TNI/TIME"},
		{"Las protestas de la primavera árabe siguen; este verano habrá elecciones.", "este verano=2011-SU/DATE"},
		{"Ocurrió en el verano de 2010.", "el verano de 2010=2010-SU/DATE"},
		{"La ONU actuará pronto.", "pronto=FUTURE_REF/DATE"},
		{"El pasado día 20 hubo elecciones.", "El pasado día 20=2011-02-20/DATE"},
		{"En estos momentos no hay acuerdo.", "estos momentos=PRESENT_REF/DATE"},
	})
}
