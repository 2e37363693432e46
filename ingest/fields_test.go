package ingest

import "testing"

func TestJoinTokens(t *testing.T) {
	tests := []struct {
		in   []any
		want string
	}{
		{[]any{"Harga", "naik", "10", "%", "."}, "Harga naik 10%."},
		{[]any{"Ia", "berkata", ",", "\"", "tidak", "benar", "\"", "(", "kemarin", ")", "."}, `Ia berkata, "tidak benar" (kemarin).`},
		{[]any{[]any{[]any{"Satu", "."}, []any{"Dua", "."}}, []any{[]any{"Tiga", "."}}}, "Satu. Dua.\nTiga."},
		{[]any{[]any{"Satu", "."}, []any{"Dua", "."}}, "Satu. Dua."},
		{[]any{}, ""},
	}
	for _, tt := range tests {
		if got := joinTokens(tt.in); got != tt.want {
			t.Errorf("joinTokens(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
