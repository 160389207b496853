"""Sphinx configuration of the offline documentation site (`alm-bench docs`; see notebooks/11_docs.ipynb).

`alm_experiments.docs.build_docs` stages the sources (this folder's pages and the notebooks, nbdev's `#| hide` cells
dropped) in a temporary folder and runs Sphinx on it with this folder as the configuration directory (`-c docs`)."""
import importlib.util
from configparser import ConfigParser
from pathlib import Path

_cfg = ConfigParser(delimiters=['='])
_cfg.read(Path(__file__).resolve().parent.parent / 'settings.ini', encoding='utf-8')
_cfg = _cfg['DEFAULT']

project = _cfg['title']
author = _cfg['author']
copyright = _cfg['copyright']
release = version = _cfg['version']

extensions = ['myst_nb', 'sphinx.ext.autodoc', 'sphinx.ext.mathjax', 'alm_experiments.docs']
root_doc = 'index'
exclude_patterns = ['**/.ipynb_checkpoints']

# notebooks: their stored outputs are shown, nothing is executed
nb_execution_mode = 'off'
nb_merge_streams = True
nb_render_markdown_format = 'myst'  # markdown outputs (the report's tables) with tables and math
myst_enable_extensions = ['dollarmath', 'amsmath']
myst_dmath_double_inline = True  # $$...$$ inside a paragraph is display math (left raw otherwise)
myst_heading_anchors = 3  # links to a notebook's sections, e.g. 01_alm.ipynb#the-math

# API pages: the members in __all__; alm_experiments.docs turns the markdown docstrings and docments into reST
autodoc_default_options = {'members': True, 'show-inheritance': True, 'member-order': 'bysource'}
autodoc_typehints = 'signature'
autodoc_inherit_docstrings = False  # torch's reST docstrings (nn.Module.forward) are not ours
autodoc_mock_imports = [m for m in ('lightning',) if importlib.util.find_spec(m) is None]  # the optional extra

# math without a network: MathJax 3 vendored under _static/mathjax (README.md there says from where)
mathjax_path = 'mathjax/tex-chtml-full.js'

html_theme = 'furo'
html_title = f'{project} {release}'
html_static_path = ['_static']
html_css_files = ['custom.css']
html_copy_source = False
html_show_sourcelink = False
html_theme_options = {'top_of_page_buttons': []}
