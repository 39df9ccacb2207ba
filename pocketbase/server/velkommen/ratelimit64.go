package velkommen

import (
	"net/netip"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// A second rate limiter for IPv6 clients, counted per /64 network with PocketBase's own rules
// (settings.rateLimits.rules, set in pb_migrations/1764200000_accounts_and_sessions.js) and PocketBase's own
// rule lookup. PocketBase counts per address, and one home or phone network gets a /64: 2^64 addresses.
type networkLimiter struct {
	mutex    sync.Mutex
	counters map[string]windowCount
}

type windowCount struct {
	window   int64
	duration int64
	count    int
}

func newNetworkLimiter() *networkLimiter {
	return &networkLimiter{counters: map[string]windowCount{}}
}

func (limiter *networkLimiter) middleware(e *core.RequestEvent) error {
	settings := e.App.Settings()
	address := e.RealIP()
	if !settings.RateLimits.Enabled || !strings.Contains(address, ":") || e.HasSuperuserAuth() {
		return e.Next()
	}
	network, ok := ipv6Network(address)
	if !ok || slices.Contains(settings.RateLimits.ExcludedIPs, address) {
		return e.Next()
	}
	audience := "@guest"
	if e.Auth != nil {
		audience = "@auth"
	}
	rule, found := settings.RateLimits.FindRateLimitRule(rateLimitLabels(e.Request.Method, e.Request.URL.Path), "", audience)
	if !found || rule.Duration <= 0 {
		return e.Next()
	}
	window := time.Now().Unix() / rule.Duration
	key := rule.Label + rule.Audience + "|" + network
	limiter.mutex.Lock()
	counter := limiter.counters[key]
	if counter.window != window {
		counter = windowCount{window: window, duration: rule.Duration}
	}
	counter.count++
	limiter.counters[key] = counter
	limiter.mutex.Unlock()
	if counter.count > rule.MaxRequests {
		return e.TooManyRequestsError("Too Many Requests.", nil)
	}
	return e.Next()
}

// Forgets finished windows now and then, so the map holds only current counters.
func (limiter *networkLimiter) forgetFinishedWindows() {
	now := time.Now().Unix()
	limiter.mutex.Lock()
	defer limiter.mutex.Unlock()
	for key, counter := range limiter.counters {
		if (counter.window+1)*counter.duration < now {
			delete(limiter.counters, key)
		}
	}
}

// The /64 network of an IPv6 address; false for IPv4 and IPv4-mapped addresses (PocketBase's own limiter
// already counts those per address).
func ipv6Network(address string) (string, bool) {
	parsed, err := netip.ParseAddr(address)
	if err != nil || !parsed.Is6() || parsed.Is4In6() {
		return "", false
	}
	prefix, err := parsed.WithZone("").Prefix(64)
	if err != nil {
		return "", false
	}
	return prefix.String(), true
}

var collectionRoute = regexp.MustCompile(`^/api/collections/([^/]+)/(auth-with-password|auth-with-otp|auth-with-oauth2|auth-refresh|request-otp|records)$`)

var collectionTags = map[string]string{
	"auth-with-password": "auth", "auth-with-otp": "auth", "auth-with-oauth2": "auth", "auth-refresh": "authRefresh", "request-otp": "requestOTP",
}

// The labels PocketBase searches for a request, most specific first (apis/middlewares_rate_limit.go and the
// collection routes' tags).
func rateLimitLabels(method, path string) []string {
	labels := make([]string, 0, 4)
	if match := collectionRoute.FindStringSubmatch(path); match != nil {
		tag := collectionTags[match[2]]
		if match[2] == "records" && method == "POST" {
			tag = "create"
		}
		if tag != "" {
			labels = append(labels, match[1]+":"+tag, "*:"+tag)
		}
	}
	return append(labels, method+" "+path, path)
}
