package velkommen

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// The /64 limiter's address grouping and PocketBase's rule lookup for the labels it builds. Run by `npm test`
// (scripts/test.mjs, stage "Go tests").
func TestIPv6Network(t *testing.T) {
	for address, network := range map[string]string{
		"2001:db8:1:2::7": "2001:db8:1:2::/64", "2001:0db8:0001:0002:0000:0000:0000:0007": "2001:db8:1:2::/64",
		"::1": "::/64", "fe80::1%eth0": "fe80::/64", "127.0.0.1": "", "::ffff:10.0.0.1": "", "1:2:3": "", "zzzz::1": "",
	} {
		got, ok := ipv6Network(address)
		if got != network || ok != (network != "") {
			t.Errorf("ipv6Network(%q) = %q, %v; want %q", address, got, ok, network)
		}
	}
}

func TestRateLimitRule(t *testing.T) {
	limits := core.RateLimitsConfig{Rules: []core.RateLimitRule{
		{Label: "*:auth", MaxRequests: 2, Duration: 3},
		{Label: "users:auth", MaxRequests: 10, Duration: 60},
		{Label: "*:create", MaxRequests: 20, Duration: 5},
		{Label: "/api/velkommen/activate", MaxRequests: 5, Duration: 60},
		{Label: "/api/", MaxRequests: 300, Duration: 10},
	}}
	for _, test := range [][3]string{
		{"POST", "/api/collections/users/auth-with-password", "users:auth"},
		{"POST", "/api/collections/_superusers/auth-with-password", "*:auth"},
		{"POST", "/api/collections/plans/records", "*:create"},
		{"POST", "/api/velkommen/activate", "/api/velkommen/activate"},
		{"GET", "/api/velkommen/me/dashboard", "/api/"},
	} {
		rule, _ := limits.FindRateLimitRule(rateLimitLabels(test[0], test[1]), "", "@guest")
		if rule.Label != test[2] {
			t.Errorf("%s %s uses %q; want %q", test[0], test[1], rule.Label, test[2])
		}
	}
}
