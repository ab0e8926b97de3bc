// The resources of BSS Desk are attached to this library by qt_add_resources; this file only
// gives the static library an object of its own.
namespace bss {
int resourcesLinked() { return 1; }
} // namespace bss
