// tpl: a small C API over ctemplate. Every entry point catches every
// exception, so no C++ exception ever crosses into C.
#include "tpl.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_modifiers.h>

#include <sodium.h>

#include <dirent.h>
#include <string.h>

#include <algorithm>
#include <new>
#include <string>
#include <vector>

struct tpl_cache {
	ctemplate::TemplateCache cache;
	std::string dir;
	std::vector<std::string> files;
};

// A struct tpl_dict * is never defined: it is a TemplateDictionary *
// under an opaque C name. Sub-dictionaries are owned by their root.
static inline ctemplate::TemplateDictionary *td(struct tpl_dict *d)
{
	return reinterpret_cast<ctemplate::TemplateDictionary *>(d);
}

// Markdown rendered by cmark (markdown.c, safe mode) is the only text a
// page may show unescaped, and templates never say :none. They say
// {{X:x-cmark}}: the modifier below emits a value as it is only when it
// was set with tpl_set_cmark, which tags it with this process's random
// mark; any other value is HTML-escaped like everything else.
class tpl_cmark_modifier : public ctemplate::TemplateModifier {
public:
	// mark: the process's tag, made once from libsodium's generator.
	static const std::string &mark()
	{
		static const std::string m = [] {
			unsigned char r[16];
			char hex[33];
			randombytes_buf(r, sizeof(r));
			sodium_bin2hex(hex, sizeof(hex), r, sizeof(r));
			return std::string("\x01cmark:") + hex + "\x01";
		}();
		return m;
	}

	void Modify(const char *in, size_t inlen, const ctemplate::PerExpandData *data,
		    ctemplate::ExpandEmitter *out, const std::string &arg) const override
	{
		const std::string &m = mark();
		if (inlen >= m.size() && memcmp(in, m.data(), m.size()) == 0)
			out->Emit(in + m.size(), inlen - m.size());
		else
			ctemplate::html_escape.Modify(in, inlen, data, out, arg);
	}
};

// tpl_cmark_register: make x-cmark known to ctemplate (once).
static bool tpl_cmark_register()
{
	static const tpl_cmark_modifier modifier;
	static const bool ok = ctemplate::AddXssSafeModifier("x-cmark", &modifier);
	return ok;
}

// tpl_list: the *.tpl file names in dir, sorted.
static bool tpl_list(const std::string &dir, std::vector<std::string> *out)
{
	DIR *dp = opendir(dir.c_str());
	if (!dp)
		return false;
	while (struct dirent *e = readdir(dp)) {
		size_t n = strlen(e->d_name);
		if (n > 4 && strcmp(e->d_name + n - 4, ".tpl") == 0)
			out->push_back(e->d_name);
	}
	closedir(dp);
	std::sort(out->begin(), out->end());
	return true;
}

// tpl_load_all: parse every template of ts; false (with err) when one fails.
static bool tpl_load_all(struct tpl_cache *ts, struct buf *err)
{
	for (const std::string &f : ts->files) {
		if (!ts->cache.LoadTemplate(f, ctemplate::STRIP_BLANK_LINES)) {
			if (err)
				buf_printf(err, "template %s/%s does not parse", ts->dir.c_str(), f.c_str());
			return false;
		}
	}
	return true;
}

// tpl_open: load and check every *.tpl in dir. NULL (with err) on failure.
extern "C" struct tpl_cache *tpl_open(const char *dir, struct buf *err)
{
	try {
		if (!tpl_cmark_register()) {
			if (err)
				buf_puts(err, "cannot register the x-cmark template modifier");
			return nullptr;
		}
		struct tpl_cache *ts = new tpl_cache;
		ts->dir = dir;
		if (!tpl_list(ts->dir, &ts->files) || ts->files.empty()) {
			if (err)
				buf_printf(err, "no templates in %s", dir);
			delete ts;
			return nullptr;
		}
		ts->cache.SetTemplateRootDirectory(ts->dir);
		if (!tpl_load_all(ts, err)) {
			delete ts;
			return nullptr;
		}
		return ts;
	} catch (...) {
		if (err)
			buf_puts(err, "template loading failed");
		return nullptr;
	}
}

// tpl_reload: re-read templates that changed on disk. A template that no
// longer parses keeps its last good version; returns -1 (with err) then.
extern "C" int tpl_reload(struct tpl_cache *ts, struct buf *err)
{
	try {
		ts->cache.ReloadAllIfChanged(ctemplate::TemplateCache::IMMEDIATE_RELOAD);
		return tpl_load_all(ts, err) ? 0 : -1;
	} catch (...) {
		if (err)
			buf_puts(err, "template reload failed");
		return -1;
	}
}

// tpl_close: free the template set.
extern "C" void tpl_close(struct tpl_cache *ts)
{
	delete ts;
}

// tpl_dict_new: an empty root dictionary (NULL when out of memory).
extern "C" struct tpl_dict *tpl_dict_new(void)
{
	try {
		return reinterpret_cast<struct tpl_dict *>(new ctemplate::TemplateDictionary("quanyi"));
	} catch (...) {
		return nullptr;
	}
}

// tpl_dict_free: free a root dictionary and all its sub-dictionaries.
extern "C" void tpl_dict_free(struct tpl_dict *d)
{
	delete td(d);
}

// tpl_set: set variable key to a copy of val.
extern "C" void tpl_set(struct tpl_dict *d, const char *key, const char *val)
{
	tpl_setn(d, key, val ? val : "", val ? strlen(val) : 0);
}

// tpl_set_cmark: set variable key to html, which must be cmark's output
// (markdown.c), for a {{key:x-cmark}} in a template to show unescaped.
extern "C" void tpl_set_cmark(struct tpl_dict *d, const char *key, const char *html)
{
	try {
		std::string v = tpl_cmark_modifier::mark();
		v += html ? html : "";
		td(d)->SetValue(key, ctemplate::TemplateString(v));
	} catch (...) {
	}
}

// tpl_setn: set variable key to a copy of len bytes of val.
extern "C" void tpl_setn(struct tpl_dict *d, const char *key, const char *val,
			 size_t len)
{
	try {
		td(d)->SetValue(key, ctemplate::TemplateString(val, len));
	} catch (...) {
	}
}

// tpl_set_int: set variable key to a decimal number.
extern "C" void tpl_set_int(struct tpl_dict *d, const char *key, long val)
{
	try {
		td(d)->SetIntValue(key, val);
	} catch (...) {
	}
}

// tpl_show: show section once, with the parent's values.
extern "C" void tpl_show(struct tpl_dict *d, const char *section)
{
	try {
		td(d)->ShowSection(section);
	} catch (...) {
	}
}

// tpl_section: add one repetition of section and return its dictionary.
extern "C" struct tpl_dict *tpl_section(struct tpl_dict *d, const char *section)
{
	try {
		return reinterpret_cast<struct tpl_dict *>(td(d)->AddSectionDictionary(section));
	} catch (...) {
		return nullptr;
	}
}

// tpl_include: fill the {{>name}} include with template file and return
// the dictionary for it.
extern "C" struct tpl_dict *tpl_include(struct tpl_dict *d, const char *name,
				       const char *file)
{
	try {
		ctemplate::TemplateDictionary *sub = td(d)->AddIncludeDictionary(name);
		sub->SetFilename(file);
		return reinterpret_cast<struct tpl_dict *>(sub);
	} catch (...) {
		return nullptr;
	}
}

// tpl_expand: expand template file with d into out. 0, or -1 when the
// template is missing or broken (out is then emptied).
extern "C" int tpl_expand(struct tpl_cache *ts, const char *file, struct tpl_dict *d,
			  struct buf *out)
{
	try {
		std::string s;
		if (!ts->cache.ExpandWithData(file, ctemplate::STRIP_BLANK_LINES, td(d),
					      nullptr, &s)) {
			buf_reset(out);
			return -1;
		}
		buf_append(out, s.data(), s.size());
		return 0;
	} catch (...) {
		buf_reset(out);
		return -1;
	}
}
