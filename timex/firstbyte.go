package timex

import (
	"regexp/syntax"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [256]bool

// firstBytes returns the bytes a match of pattern can begin with, so that
// a rule need not be tried where it cannot match. When the analysis cannot
// tell (a pattern that may match the empty string), every byte is allowed.
func firstBytes(pattern string) byteSet {
	var all byteSet
	for i := range all {
		all[i] = true
	}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return all
	}
	var set byteSet
	if nullable := collectFirst(re.Simplify(), &set); nullable {
		return all
	}
	return set
}

// collectFirst adds to set the bytes that can begin a match of re and
// reports whether re can match the empty string.
func collectFirst(re *syntax.Regexp, set *byteSet) (nullable bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
			if hi >= utf8.RuneSelf {
				for b := 0xc2; b <= 0xf4; b++ {
					set[b] = true
				}
			}
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for i := range set {
			set[i] = true
		}
		return false
	case syntax.OpCapture:
		return collectFirst(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		collectFirst(re.Sub[0], set)
		return true
	case syntax.OpPlus:
		return collectFirst(re.Sub[0], set)
	case syntax.OpRepeat:
		n := collectFirst(re.Sub[0], set)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !collectFirst(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		n := false
		for _, sub := range re.Sub {
			if collectFirst(sub, set) {
				n = true
			}
		}
		return n
	}
	// empty-width assertions and the empty match
	return true
}

func addRune(set *byteSet, r rune, fold bool) {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	set[buf[0]] = true
	if fold && r < utf8.RuneSelf {
		switch {
		case r >= 'a' && r <= 'z':
			set[r-'a'+'A'] = true
		case r >= 'A' && r <= 'Z':
			set[r-'A'+'a'] = true
		}
	}
}
