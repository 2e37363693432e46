package timex

// monthsES maps Spanish month names and abbreviations (lower case, without
// a trailing dot) to month numbers. Spanish writes months in lower case.
var monthsES = map[string]int{
	"enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3,
	"abril": 4, "abr": 4, "mayo": 5, "may": 5, "junio": 6, "jun": 6,
	"julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
	"sept": 9, "sep": 9, "set": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11,
	"diciembre": 12, "dic": 12,
}

// fullMonthsES are the Spanish month names written out.
var fullMonthsES = []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"}

// weekdaysES maps Spanish weekday names, with and without accents, to ISO
// weekday numbers.
var weekdaysES = map[string]int{
	"lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4,
	"viernes": 5, "sábado": 6, "sabado": 6, "domingo": 7,
}

// unitsES maps Spanish time units, singular and plural, to TIMEX3 unit
// letters (see unitsID).
var unitsES = map[string]string{
	"segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H",
	"día": "D", "días": "D", "dia": "D", "dias": "D", "semana": "W", "semanas": "W",
	"mes": "M", "meses": "M", "año": "Y", "años": "Y", "década": "DE", "décadas": "DE",
	"decada": "DE", "decadas": "DE", "siglo": "CE", "siglos": "CE",
	"trimestre": "Q", "trimestres": "Q", "semestre": "SEM", "semestres": "SEM",
}

// numbersES are Spanish number words; -1 is an unspecified quantity.
var numbersES = map[string]int{
	"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
	"seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
	"trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
	"diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
	"veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
	"veinticinco": 25, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
	"setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
	"unos": -1, "unas": -1, "varios": -1, "varias": -1, "algunos": -1, "algunas": -1,
	"pocos": -1, "pocas": -1, "muchos": -1, "muchas": -1,
}

// numberWordsES matches a quantity in Spanish words or digits.
const numberWordsES = `(?:\d{1,4}(?:[.,]\d+)?|` +
	`(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?:\s+y\s+(?:uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|` +
	`veinti(?:uno|ún|dós|trés|cuatro|cinco|seis|séis|siete|ocho|nueve)|` +
	`dieci(?:séis|seis|siete|ocho|nueve)|` +
	`una|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|cien|` +
	`unos|unas|varios|varias|algunos|algunas|pocos|pocas|muchos|muchas)`

// podES matches a Spanish part of the day after "por la", "de la", "en la".
const podES = `(?:mañana|manana|tarde|noche|madrugada|mediodía|mediodia)`

// partOfDayES maps a Spanish part of the day to its TIMEX3 code.
func partOfDayES(w string) string {
	switch w {
	case "mañana", "manana", "madrugada":
		return "MO"
	case "mediodía", "mediodia":
		return "MI"
	case "tarde":
		return "AF"
	case "noche":
		return "NI"
	}
	return ""
}
