// third_party/system/fmt_compiled.cc — fmt's compiled part, built from
// Debian's headers instead of loaded from libfmt.so.
//
// fmt's headers declare a few functions and templates that live in the
// library (vformat, vprint, the float formatting tables, the char
// instantiations they declare `extern template`). format-inl.h defines them
// all; including it in this one file and instantiating the templates that the
// headers only declare gives the linker every symbol libfmt.so would. Nothing
// else defines FMT_HEADER_ONLY, so every other file keeps compiling only the
// inline parts.
#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

template auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;

template locale_ref::locale_ref(const std::locale& loc);
template auto locale_ref::get<std::locale>() const -> std::locale;

template auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template auto decimal_point_impl(locale_ref) -> char;
template void buffer<char>::append(const char*, const char*);
template void vformat_to(buffer<char>&, string_view, basic_format_args<FMT_BUFFER_CONTEXT(char)>, locale_ref);

}  // namespace detail
FMT_END_NAMESPACE
