# speechwriter：两条命令完成全部准备工作（只需 Python ≥ 3.11 和 make）。
#   make demo   建 .venv、安装、把示例演讲稿输出到终端和 out/demo.md
#   make test   建 .venv（含测试依赖），运行 ruff、mypy 和 pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXAMPLE ?= examples/telecom_senior_client_manager.yaml

.PHONY: demo test lint imports typecheck pytest golden bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "需要 Python 3.11 或更新版本")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/speechwriter render $(EXAMPLE)
	$(BIN)/speechwriter render $(EXAMPLE) -o out/demo.md --force
	@echo "演讲稿已写入 out/demo.md"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check speechwriter tests
	$(BIN)/ruff format --check speechwriter tests

# 层次约定（pyproject.toml 的 [tool.importlinter]）：只许上层导入下层。
imports: $(VENV)/.installed-test
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test
	$(BIN)/pytest -q

test: lint imports typecheck pytest

# 有意更新黄金文件（tests/golden/、examples/profile.schema.json）：改了模板或示例之后运行，
# 再用 git diff 检查变化。比较和重写走同一个 pytest 夹具（tests/conftest.py 的 golden）。
golden: $(VENV)/.installed-test
	$(BIN)/pytest --update-golden -q -m golden

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
