#pragma once

// Limits every layer agrees on: the services and rules refuse what lies outside them, the REST
// server checks requests against them and the desktop bounds its fields with them.
namespace bss::limits {

// Seats of any one product, before (or beyond) the product's own minimum and maximum: what a
// Seats field accepts while it does not yet know the product.
constexpr int minSeats = 1;
constexpr int maxSeats = 1'000'000;

// Free text (names, emails, PINs): 1-200 characters (API.md).
constexpr int maxTextLength = 200;

// Rows per page of a list (API.md: `limit`, 1-500, 50 when not given).
constexpr int defaultPageSize = 50;
constexpr int maxPageSize = 500;

} // namespace bss::limits
