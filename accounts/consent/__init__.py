"""Consent and cookie preferences: purposes, services, policy versions, records, gating and CSP."""
