package velkommen

// PocketBase's gzip middleware (apis/middlewares_gzip.go of v0.39.11, MIT, itself ported from echo) with one change:
// the compressor is klauspost/compress's gzip instead of the standard library's. At the fastest level it compresses
// a dashboard about twice as fast and a little smaller; the standard one's deflate and Huffman tables were a third
// of the dashboard's CPU once the sign-in lookup was cached (issue 16). Behaviour is PocketBase's: Vary on every
// response, nothing under minLength compressed, the header written only once the choice is made.

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"

	"github.com/klauspost/compress/gzip"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
)

const gzipScheme = "gzip"

func gzipMiddleware(level, minLength int) *hook.Handler[*core.RequestEvent] {
	writers := sync.Pool{New: func() any {
		writer, err := gzip.NewWriterLevel(io.Discard, level)
		if err != nil {
			panic(err) // a constant level: a bad one is a programming error found at the first request
		}
		return writer
	}}
	buffers := sync.Pool{New: func() any { return &bytes.Buffer{} }}

	return &hook.Handler[*core.RequestEvent]{
		Id: "velkommenGzip",
		Func: func(e *core.RequestEvent) error {
			e.Response.Header().Add("Vary", "Accept-Encoding")
			if !strings.Contains(e.Request.Header.Get("Accept-Encoding"), gzipScheme) {
				return e.Next()
			}
			writer := writers.Get().(*gzip.Writer)
			original := e.Response
			writer.Reset(original)
			buffer := buffers.Get().(*bytes.Buffer)
			buffer.Reset()
			compressing := &gzipResponseWriter{Writer: writer, ResponseWriter: original, minLength: minLength, buffer: buffer}
			defer func() {
				// Nothing or too little was written (a bare status, an error PocketBase writes after this returns, a
				// small body): the response goes out uncompressed, through the original writer.
				if !compressing.wroteBody {
					if original.Header().Get("Content-Encoding") == gzipScheme {
						original.Header().Del("Content-Encoding")
					}
					if compressing.wroteHeader {
						original.WriteHeader(compressing.code)
					}
					e.Response = original
					writer.Reset(io.Discard)
				} else if !compressing.minLengthExceeded {
					e.Response = original
					if compressing.wroteHeader {
						original.WriteHeader(compressing.code)
					}
					compressing.buffer.WriteTo(original)
					writer.Reset(io.Discard)
				}
				writer.Close()
				buffers.Put(buffer)
				writers.Put(writer)
			}()
			e.Response = compressing
			return e.Next()
		},
	}
}

type gzipResponseWriter struct {
	http.ResponseWriter
	io.Writer
	buffer            *bytes.Buffer
	minLength         int
	code              int
	wroteHeader       bool
	wroteBody         bool
	minLengthExceeded bool
}

func (w *gzipResponseWriter) WriteHeader(code int) {
	w.Header().Del("Content-Length")
	w.wroteHeader = true
	w.code = code // written once we know whether the body is compressed
}

func (w *gzipResponseWriter) Write(b []byte) (int, error) {
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", http.DetectContentType(b))
	}
	w.wroteBody = true
	if w.minLengthExceeded {
		return w.Writer.Write(b)
	}
	written, err := w.buffer.Write(b)
	if w.buffer.Len() < w.minLength {
		return written, err
	}
	w.minLengthExceeded = true
	w.Header().Set("Content-Encoding", gzipScheme)
	if w.wroteHeader {
		w.ResponseWriter.WriteHeader(w.code)
	}
	// The whole buffer (this call's bytes included) goes to the compressor; the caller is told about its own.
	if _, err := w.Writer.Write(w.buffer.Bytes()); err != nil {
		return 0, err
	}
	return len(b), nil
}

func (w *gzipResponseWriter) Flush() {
	if !w.minLengthExceeded {
		// A flush means more may come later: compress from here on.
		w.minLengthExceeded = true
		w.Header().Set("Content-Encoding", gzipScheme)
		if w.wroteHeader {
			w.ResponseWriter.WriteHeader(w.code)
		}
		_, _ = w.Writer.Write(w.buffer.Bytes())
	}
	_ = w.Writer.(*gzip.Writer).Flush()
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

func (w *gzipResponseWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return http.NewResponseController(w.ResponseWriter).Hijack()
}

func (w *gzipResponseWriter) Push(target string, opts *http.PushOptions) error {
	writer := w.ResponseWriter
	for {
		switch pusher := writer.(type) {
		case http.Pusher:
			return pusher.Push(target, opts)
		case router.RWUnwrapper:
			writer = pusher.Unwrap()
		default:
			return http.ErrNotSupported
		}
	}
}

func (w *gzipResponseWriter) Unwrap() http.ResponseWriter {
	return w.ResponseWriter
}
