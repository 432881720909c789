"""speechwriter：竞聘演讲稿写作助手。

Answer profile (YAML, pydantic) → speech model → Markdown / text / Word.
"""

__version__ = "0.1.0"
