package web

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/warta-news/warta"
)

func TestStatusOf(t *testing.T) {
	tests := []struct {
		err     error
		status  int
		message string
	}{
		{warta.Errorf(warta.ErrInvalid, "bad id"), http.StatusBadRequest, "bad id"},
		{fmt.Errorf("article x: %w", warta.Errorf(warta.ErrNotFound, "no article x")), http.StatusNotFound, "no article x"},
		{warta.Errorf(warta.ErrConflict, "id taken"), http.StatusConflict, "id taken"},
		{warta.Errorf(warta.ErrInternal, "disk full at /var/db"), http.StatusInternalServerError, internalMessage},
		{errors.New("sql: database is closed"), http.StatusInternalServerError, internalMessage},
		{warta.Errorf("unheard-of", "strange"), http.StatusInternalServerError, internalMessage},
		{warta.Errorf(warta.ErrNotFound, ""), http.StatusNotFound, "Not Found"},
	}
	for _, tt := range tests {
		status, msg := statusOf(tt.err)
		if status != tt.status || msg != tt.message {
			t.Errorf("statusOf(%q) = %d, %q, want %d, %q", tt.err, status, msg, tt.status, tt.message)
		}
	}
}
