"""The annual report page: figures for a year and organisation, the signals text, the report.

The report is saved as a PDF or, for advisers who edit and brand it before sending, as a
Word document with the same content. Figures, the leak index and the report are made off
the GUI thread with
:func:`vpdesk.gui.tasks.run_task`; the widget only lays out what comes back. The signals
text is checked for identifying values on every edit (the warning names the kind of value,
never the value itself).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import Signals
from vpdesk.gui.formats import file_slug
from vpdesk.gui.messages import user_message
from vpdesk.gui.tasks import run_task
from vpdesk.gui.widgets.bar_chart import BarChart
from vpdesk.gui.widgets.files import ask_save_path
from vpdesk.gui.widgets.forms import current_lang
from vpdesk.report import Hit, LeakIndex, ReportRefused, keep_marks, write_report
from vpdesk.report.texts import cell_label, format_number
from vpdesk.report.texts import text as report_text
from vpdesk.stats import (
    AGE_GROUP_SETTING,
    GENDER_AND_ROLE_SETTING,
    TOTAL_KEYS,
    TableProtection,
    YearFigures,
    figures_with_protection,
)
from vpdesk.vault import Vault

ALL = -1  # the organisation combo's value for "all organisations"


# What the background work hands back: figures, stored signals, leak index, protection.
_Loaded = tuple[YearFigures, "Signals | None", "LeakIndex | None", list[TableProtection]]


# Breakdowns shown only when the adviser switches them on.
_SWITCHED = ("gender", "role", "age_group")


class ReportView(QWidget):
    """Choose year, organisation, language and threshold; see the figures; write the report."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._generation = 0  # results of older requests are dropped
        self._figures: YearFigures | None = None
        self._index: LeakIndex | None = None
        self._saved_text = ""
        self._not_names: tuple[str, ...] = ()  # possible names the adviser said are not names
        self._saved_not_names: tuple[str, ...] = ()
        self._loading = False
        self._load_pending = False  # a vault is set but the page has not been shown yet
        self.leaks: list[Hit] = []
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self.set_vault(None)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setMinimumContentsLength(22)
        self.year = QSpinBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current_lang())))  # as the window
        self.threshold = QSpinBox(self)
        self.threshold.setAccessibleName(self.tr("Threshold"))
        self.threshold.setRange(3, 99)
        self.threshold.setValue(5)
        self.threshold.setToolTip(self.tr("Counts below this number are shown as \u201c<K\u201d."))
        self.gender_role = QCheckBox(self.tr("Gender and role"), self)
        self.gender_role.setToolTip(
            self.tr(
                "Also count the reporters' gender and position (small numbers are protected "
                "too). The choice is kept in the vault and used by every report."
            )
        )
        self.age_group = QCheckBox(self.tr("Age group"), self)
        self.age_group.setToolTip(
            self.tr(
                "Also count the reporters' age group (small numbers are protected too). The "
                "choice is kept in the vault and used by every report."
            )
        )
        self.save_pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.save_docx_button = QPushButton(self.tr("Save as &Word…"), self)
        self.save_docx_button.setToolTip(
            self.tr("The same report as an editable Word document (.docx), to edit and brand before sending")
        )

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Organisation:"), self))
        choices.addWidget(self.organisation, 2)
        choices.addWidget(QLabel(self.tr("Year:"), self))
        choices.addWidget(self.year)
        choices.addWidget(QLabel(self.tr("Language:"), self))
        choices.addWidget(self.language)
        choices.addWidget(QLabel(self.tr("Threshold:"), self))
        choices.addWidget(self.threshold)
        choices.addWidget(self.gender_role)
        choices.addWidget(self.age_group)
        choices.addStretch(1)
        choices.addWidget(self.save_pdf_button)
        choices.addWidget(self.save_docx_button)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.totals_table = self._table()
        self.tabs.addTab(self.totals_table, self.tr("Key figures"))
        self.breakdown_tables: dict[str, QTableWidget] = {}
        titles = {
            "behaviour": self.tr("Behaviour"),
            "accused_relation": self.tr("Accused relation"),
            "outcome": self.tr("Outcome"),
            "referrals": self.tr("Referrals"),
            "channel": self.tr("Channel"),
            "quarter": self.tr("Quarter"),
            "gender": self.tr("Gender"),
            "role": self.tr("Position"),
            "behaviour_detail": self.tr("Finer kinds"),
            "anonymous": self.tr("Anonymous"),
            "wish": self.tr("Reporter's wish"),
            "age_group": self.tr("Age group"),
        }
        self.breakdown_charts: dict[str, BarChart] = {}
        self.breakdown_tabs: dict[str, int] = {}
        for key, title in titles.items():
            table = self._table()
            self.breakdown_tables[key] = table
            chart = BarChart(parent=self)
            chart.setAccessibleName(title)
            self.breakdown_charts[key] = chart
            tab = QWidget(self)
            tab_layout = QHBoxLayout(tab)
            tab_layout.addWidget(table, 1)
            chart_column = QVBoxLayout()
            chart_column.addWidget(chart)
            chart_column.addStretch(1)
            tab_layout.addLayout(chart_column, 1)
            self.breakdown_tabs[key] = self.tabs.addTab(tab, title)
        self.activities_table = self._table()
        self.tabs.addTab(self.activities_table, self.tr("Activities"))
        # What a reader holding every released table could still deduce about each hidden number.
        self.protection_table = self._table()
        self.protection_table.setAccessibleName(self.tr("Protection"))
        self.tabs.addTab(self.protection_table, self.tr("Protection"))
        self._protection: list[TableProtection] = []

        figures_box = QWidget(self)
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.summary)
        figures_layout.addWidget(self.tabs, 1)

        self.signals_box = QGroupBox(self.tr("Signals and recommendations"), self)
        self.signals_edit = QPlainTextEdit(self.signals_box)
        self.signals_edit.setAccessibleName(self.tr("Signals and recommendations"))
        self.signals_edit.setTabChangesFocus(True)
        self.leak_warning = QLabel(self.signals_box)
        self.leak_warning.setWordWrap(True)
        self.leak_warning.setStyleSheet("color: #a40000;")
        self.save_signals_button = QPushButton(self.tr("&Save text"), self.signals_box)
        self.not_a_name_button = QPushButton(self.tr("&Not a name"), self.signals_box)
        self.not_a_name_button.setToolTip(
            self.tr("The marked words at the cursor look like a person's name but are not one")
        )
        self.not_a_name_button.setEnabled(False)
        signals_layout = QVBoxLayout(self.signals_box)
        signals_layout.addWidget(self.signals_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.leak_warning, 1)
        bottom.addWidget(self.not_a_name_button)
        bottom.addWidget(self.save_signals_button)
        signals_layout.addLayout(bottom)

        self.message = QLabel(self)
        self.message.setWordWrap(True)

        splitter = QSplitter(self)
        splitter.addWidget(figures_box)
        splitter.addWidget(self.signals_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.organisation.currentIndexChanged.connect(self._schedule_refresh)
        self.year.valueChanged.connect(self._schedule_refresh)
        self.threshold.valueChanged.connect(self._schedule_refresh)
        self.gender_role.toggled.connect(lambda on: self._switch_toggled(GENDER_AND_ROLE_SETTING, on))
        self.age_group.toggled.connect(lambda on: self._switch_toggled(AGE_GROUP_SETTING, on))
        self.language.currentIndexChanged.connect(self._show_figures)
        self.signals_edit.textChanged.connect(self._signals_edited)
        self.save_signals_button.clicked.connect(self.save_signals)
        self.not_a_name_button.clicked.connect(self.mark_not_a_name)
        self.signals_edit.cursorPositionChanged.connect(self._update_not_a_name)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_docx_button.clicked.connect(self.save_docx)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # -- the page contract ---------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Show figures of ``vault``; None (locked) clears every figure and text."""
        self._vault = vault
        self._generation += 1
        self._figures = None
        self._index = None
        self.leaks = []
        self._not_names = self._saved_not_names = ()
        self._loading = True
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.blockSignals(False)
        self.signals_edit.setPlainText("")
        self._saved_text = ""
        self._loading = False
        self.leak_warning.clear()
        self.message.clear()
        self.summary.clear()
        for table in (self.totals_table, self.activities_table, *self.breakdown_tables.values()):
            table.clearContents()
            table.setRowCount(0)
        for chart in self.breakdown_charts.values():
            chart.set_bars([])
        for key in _SWITCHED:
            self.tabs.setTabVisible(self.breakdown_tabs[key], False)
        self._loading = True
        self.gender_role.setChecked(False)
        self.age_group.setChecked(False)
        self._loading = False
        enabled = vault is not None
        for widget in (
            self.organisation,
            self.year,
            self.language,
            self.threshold,
            self.gender_role,
            self.age_group,
            self.save_pdf_button,
            self.save_docx_button,
            self.signals_box,
        ):
            widget.setEnabled(enabled)
        self._load_pending = vault is not None
        if vault is not None and self.isVisible():
            self._load_organisations()

    def showEvent(self, event: QShowEvent) -> None:
        # The figures and the leak index of a large vault take a while and a good deal of
        # memory, so they are made when the page is first shown, not when the vault opens.
        super().showEvent(event)
        if self._load_pending and self._vault is not None:
            self._load_organisations()

    def _load_organisations(self) -> None:
        """Fill the organisation choice in the background; the figures follow."""
        vault = self._vault
        if vault is None:
            return
        self._load_pending = False
        generation = self._generation

        def work(_report: Any) -> list[tuple[int, str]]:
            return [(o.id, o.name) for o in vault.organisations.list() if o.id is not None]

        run_task(
            self,
            work,
            on_success=lambda orgs: self._organisations_loaded(generation, orgs),
            on_failure=self._failed,
        )

    def has_unsaved_changes(self) -> bool:
        return self._vault is not None and (
            self.signals_edit.toPlainText() != self._saved_text
            or self._current_marks() != self._saved_not_names
        )

    def _current_marks(self) -> tuple[str, ...]:
        """The "not a name" marks that still belong to a possible name of the text."""
        if not self._not_names or self._index is None:
            return ()
        return keep_marks(self._index, self.signals_edit.toPlainText(), self._not_names)

    def _pending_signals(self, organisation_id: int, year: int) -> Signals:
        return Signals(organisation_id, year, self.signals_edit.toPlainText(), self._current_marks())

    def state(self) -> dict[str, Any]:
        return {
            "year": self.year.value(),
            "threshold": self.threshold.value(),
            "language": self.language.currentData(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("year"), int):
            self.year.setValue(state["year"])
        if isinstance(state.get("threshold"), int):
            self.threshold.setValue(state["threshold"])
        index = self.language.findData(state.get("language"))
        if index >= 0:
            self.language.setCurrentIndex(index)

    # -- loading ---------------------------------------------------------------------------

    def _organisations_loaded(self, generation: int, orgs: list[tuple[int, str]]) -> None:
        if generation != self._generation:
            return
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("All organisations"), ALL)
        for org_id, name in orgs:
            self.organisation.addItem(name, org_id)
        self.organisation.setCurrentIndex(1 if len(orgs) == 1 else 0)
        self.organisation.blockSignals(False)
        self.refresh()

    def selected_organisation(self) -> int | None:
        value = self.organisation.currentData()
        return None if value in (None, ALL) else int(value)

    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Compute the figures (and the leak index) for the current choice in the background."""
        vault = self._vault
        if vault is None or self.organisation.count() == 0:
            return
        self._generation += 1
        generation = self._generation
        org_id = self.selected_organisation()
        year, threshold = self.year.value(), self.threshold.value()
        self.summary.setText(self.tr("Calculating…"))
        # Unsaved signals of the previous organisation and year are kept, not thrown away.
        pending: Signals | None = None
        f = self._figures
        if (
            f is not None
            and f.organisation_id is not None
            and self.has_unsaved_changes()
            and ((f.organisation_id, f.year) != (org_id, year))
        ):
            pending = self._pending_signals(f.organisation_id, f.year)
            self._saved_text = pending.text
            self._saved_not_names = pending.not_names

        def work(_report: Any) -> _Loaded:
            if pending is not None:
                vault.signals.set(pending)
            figures, protection = figures_with_protection(
                vault, year=year, organisation_id=org_id, threshold=threshold
            )
            if org_id is None:
                # Signals are written per organisation; with all of them chosen there is no
                # text to check, so the (large) index of the whole vault is not built.
                return figures, None, None, protection
            # The whole vault's values: a report for one client must not name another's reporter.
            return figures, vault.signals.get(org_id, year), LeakIndex.build(vault), protection

        run_task(
            self, work, on_success=lambda result: self._loaded(generation, result), on_failure=self._failed
        )

    def _loaded(self, generation: int, result: _Loaded) -> None:
        if generation != self._generation or self._vault is None:
            return
        figures, stored, index, self._protection = result
        text = stored.text if stored is not None else ""
        before = self._figures
        same_text = before is not None and (before.organisation_id, before.year) == (
            figures.organisation_id,
            figures.year,
        )
        self._figures = figures
        self._index = index
        if not (same_text and self.has_unsaved_changes()):  # never overwrite what is being typed
            self._loading = True
            self.signals_edit.setPlainText(text)
            self._loading = False
            self._not_names = stored.not_names if stored is not None else ()
        self._saved_text = text
        self._saved_not_names = stored.not_names if stored is not None else ()
        self.signals_box.setEnabled(figures.organisation_id is not None)
        self.signals_edit.setPlaceholderText(
            self.tr("Signals are written per organisation: choose one above.")
            if figures.organisation_id is None
            else ""
        )
        self._loading = True
        self.gender_role.setChecked("gender" in figures.breakdowns)
        self.age_group.setChecked("age_group" in figures.breakdowns)
        self._loading = False
        self._check_leaks()
        self._show_figures()

    def _switch_toggled(self, setting: str, on: bool) -> None:
        """A breakdown switched on or off by the adviser: kept in the vault, then the figures again."""
        vault = self._vault
        if vault is None or self._loading:
            return

        def work(_report: Any) -> None:
            vault.settings.set(setting, "1" if on else "0")

        run_task(self, work, on_success=lambda _result: self._schedule_refresh(), on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReportRefused):
            fields = "; ".join(self._leak_text(hit) for _where, hit in exc.hits)
            text = self.tr(
                "The report was not saved: it would contain identifying data (%1). "
                "Change the signals text and try again."
            ).replace("%1", fields)
        elif isinstance(exc, VpdeskError):
            text = self.tr("This could not be done: %1").replace("%1", user_message(exc))
        else:
            text = self.tr("An unexpected problem occurred; nothing was saved.")
        self.message.setText(text)
        self.status_message.emit(text)

    # -- showing -----------------------------------------------------------------------------

    def _fill(self, table: QTableWidget, header: list[str], rows: list[list[str]]) -> None:
        table.clearContents()
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c > 0:
                    item.setTextAlignment(right)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_figures(self) -> None:
        f = self._figures
        if f is None:
            return
        lang = self.language.currentData() or current_lang()

        def num(value: object) -> str:
            return format_number(value, lang)

        prev = f.previous
        header = [self.tr("Figure"), str(f.year), str(f.year - 1)]
        labels = {
            "cases_opened": self.tr("Cases opened"),
            "cases_closed": self.tr("Cases closed"),
            "carried_over": self.tr("Carried over"),
            "open_at_year_end": self.tr("Open at year end"),
            "conversations": self.tr("Conversations"),
            "hours": self.tr("Hours"),
        }
        rows = []
        for key in TOTAL_KEYS:
            if key not in f.totals:
                continue
            last = num(prev.totals[key]) if prev is not None and key in prev.totals else "–"
            rows.append([labels[key], num(f.totals[key]), last])
        if f.durations:
            # Medians of the cases closed in the year; "–" where fewer than K were closed.
            medians = {
                "median_days_to_close": self.tr("Days to closing (median)"),
                "median_conversations": self.tr("Conversations per case (median)"),
            }
            for key, label in medians.items():
                now = f.durations.get(key)
                before = prev.durations.get(key) if prev is not None and prev.durations else None
                rows.append([label, "–" if now is None else num(now), "–" if before is None else num(before)])
        self._fill(self.totals_table, header, rows)
        if f.small:
            self.summary.setText(
                self.tr(
                    "Fewer than %1 cases were opened in %2: the report shows "
                    "only that number. The signals and recommendations text "
                    "and the activities are left out as well, so that nothing "
                    "points to the few people concerned."
                )
                .replace("%1", str(f.threshold))
                .replace("%2", str(f.year))
            )
        else:
            self.summary.setText(
                self.tr(
                    "“<%1” is a number from 1 to %2; “x” is %1 or more, kept "
                    "confidential so that no protected number can be worked out "
                    "from the released tables together."
                )
                .replace("%1", str(f.threshold))
                .replace("%2", str(f.threshold - 1))
            )
        usable_prev = prev if prev is not None and not prev.small else None
        for key, table in self.breakdown_tables.items():
            breakdown = f.breakdowns.get(key)
            if key in _SWITCHED:
                self.tabs.setTabVisible(self.breakdown_tabs[key], breakdown is not None)
            if breakdown is None:
                self._fill(table, [self.tr("Category"), str(f.year)], [])
                self.breakdown_charts[key].set_bars([])
                continue
            if breakdown.cells is None:
                # Group disclosure: every case in one category would tell something about each.
                self._fill(
                    table,
                    [self.tr("Category"), str(f.year)],
                    [[self.tr("Left out: every case falls into one category"), "–"]],
                )
                self.breakdown_charts[key].set_bars([])
                continue
            self.breakdown_charts[key].set_bars(
                [(cell_label(key, code, lang), cell) for code, cell in breakdown.cells.items()]
            )
            before = usable_prev.breakdowns.get(key) if usable_prev else None
            cells_before = before.cells if before is not None else None
            rows = [
                [cell_label(key, code, lang), num(cell)]
                + ([num(cells_before.get(code, "–"))] if cells_before is not None else [])
                for code, cell in breakdown.cells.items()
            ]
            cols = [self.tr("Category"), str(f.year)] + ([str(f.year - 1)] if cells_before else [])
            self._fill(table, cols, rows)
        act_rows = []
        if not f.small:
            for term in tx.ACTIVITY_KIND:
                row = [term.label(lang), num(f.activities.get(term.code, 0))]
                if usable_prev is not None:
                    row.append(num(usable_prev.activities.get(term.code, 0)))
                act_rows.append(row)
        act_header = [self.tr("Activity"), str(f.year)] + ([str(f.year - 1)] if usable_prev else [])
        self._fill(self.activities_table, act_header, act_rows)
        self._show_protection(lang)

    def _show_protection(self, lang: str) -> None:
        """Each hidden number and the values a reader of every released table still finds possible."""
        rows = []
        for table in self._protection:
            for hidden in table.hidden:
                group, code = hidden.cell.split(".", 1)
                what = (
                    report_text(
                        lang, "cases_opened" if group == "totals" and code == "cases_opened" else code
                    )
                    if group == "totals"
                    else cell_label(group, code, lang)
                )
                where = report_text(lang, group) if group != "totals" else self.tr("Key figures")
                if hidden.high is None:
                    deduced = self.tr("%1 or more").replace("%1", str(hidden.low))
                elif hidden.low == hidden.high:
                    deduced = self.tr("exactly %1").replace("%1", str(hidden.low))
                else:
                    deduced = (
                        self.tr("%1 to %2").replace("%1", str(hidden.low)).replace("%2", str(hidden.high))
                    )
                rows.append([str(table.year), f"{where}: {what}", deduced])
        self._fill(
            self.protection_table,
            [self.tr("Year"), self.tr("Hidden number"), self.tr("A reader of every released table knows")],
            rows,
        )
        header = self.protection_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    # -- the signals text ----------------------------------------------------------------------

    def _leak_text(self, hit: Hit) -> str:
        """The field and the position of a hit, e.g. "line 2, word 4: a reporter's name"."""
        names = {
            "reporter_name": self.tr("a reporter's name"),
            "reporter_email": self.tr("a reporter's e-mail address"),
            "reporter_phone": self.tr("a reporter's phone number"),
            "case_ref": self.tr("a case reference"),
            "department": self.tr("a department"),
            "accused": self.tr("a description of an accused"),
            "note_name": self.tr("a name from case notes"),
            "note": self.tr("a word from case notes"),
            "activity_note": self.tr("a word from activity notes"),
            "possible_name": self.tr("a possible name"),
        }
        name = names.get(hit.field, hit.field)
        return (
            self.tr("line %1, word %2: %3")
            .replace("%1", str(hit.line))
            .replace("%2", str(hit.word))
            .replace("%3", name)
        )

    def _signals_edited(self) -> None:
        if not self._loading:
            self._check_leaks()

    def _check_leaks(self) -> None:
        """Scan the text as it is typed; mark every hit in the editor and list where they are."""
        index = self._index
        text = self.signals_edit.toPlainText()
        self.leaks = index.scan(text, self._not_names) if index is not None and text.strip() else []
        selections = []
        for hit in self.leaks:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            possible = hit.field == "possible_name"
            fmt.setBackground(QColor("#fff1c2" if possible else "#ffd7d7"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#b07000" if possible else "#a40000"))
            fmt.setToolTip(self._leak_text(hit))
            cursor = QTextCursor(self.signals_edit.document())
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.signals_edit.setExtraSelections(selections)
        if self.leaks:
            fields = "; ".join(self._leak_text(hit) for hit in self.leaks)
            self.leak_warning.setText(
                self.tr(
                    "This text may identify someone (%1). The report will be refused until "
                    "it is changed, or a possible name is marked as not a name."
                ).replace("%1", fields)
            )
        else:
            self.leak_warning.clear()
        self._update_not_a_name()

    def _possible_name_at_cursor(self) -> Hit | None:
        position = self.signals_edit.textCursor().position()
        for hit in self.leaks:
            if hit.field == "possible_name" and hit.start <= position <= hit.end:
                return hit
        return None

    def _update_not_a_name(self) -> None:
        self.not_a_name_button.setEnabled(self._possible_name_at_cursor() is not None)

    def mark_not_a_name(self) -> None:
        """The possible name at the cursor is not a name; kept with the text until it changes."""
        hit = self._possible_name_at_cursor()
        if hit is None:
            return
        self._not_names = tuple(sorted({*self._not_names, hit.mark}))
        self._check_leaks()
        self.signals_edit.setFocus()

    def save_signals(self) -> None:
        """Write the signals text of the chosen organisation and year into the vault."""
        vault, f = self._vault, self._figures
        if vault is None or f is None or f.organisation_id is None:
            return
        signals = self._pending_signals(f.organisation_id, f.year)
        generation = self._generation

        def work(_report: Any) -> Signals:
            vault.signals.set(signals)
            return signals

        def done(saved: Signals) -> None:
            if generation == self._generation:
                self._saved_text = saved.text
                self._saved_not_names = saved.not_names
            self.message.setText(self.tr("The signals text was saved."))
            self.status_message.emit(self.message.text())

        run_task(self, work, on_success=done, on_failure=self._failed)

    # -- the report file ---------------------------------------------------------------------

    def save_pdf(self) -> None:
        """Ask where to save, then build, check and write the PDF in the background."""
        self._save(".pdf", self.tr("PDF files (*.pdf)"))

    def save_docx(self) -> None:
        """The same report as an editable Word document: the same check, the same release record."""
        self._save(".docx", self.tr("Word documents (*.docx)"))

    def _save(self, suffix: str, file_filter: str) -> None:
        vault, f = self._vault, self._figures
        if vault is None or f is None:
            return
        name = self.tr("annual-report-%1.pdf").replace("%1", str(f.year)).removesuffix(".pdf")
        if f.organisation_id is not None:
            slug = file_slug(self.organisation.currentText())
            if slug:
                name += f"-{slug}"
        suggestion = str(Path(QDir.homePath()) / f"{name}{suffix}")
        out = ask_save_path(self, self.tr("Save annual report"), suggestion, file_filter, suffix)
        if out is None:
            return
        lang = self.language.currentData() or "nl"
        pending = None
        if f.organisation_id is not None and self.has_unsaved_changes():
            pending = self._pending_signals(f.organisation_id, f.year)
        year, org_id, threshold = f.year, f.organisation_id, f.threshold

        def work(_report: Any) -> Path:
            if pending is not None:  # the report prints the text as it stands in the editor
                vault.signals.set(pending)
            write_report(vault, year=year, organisation_id=org_id, threshold=threshold, lang=lang, out=out)
            return out

        def done(written: Path) -> None:
            if pending is not None:
                self._saved_text = pending.text
                self._saved_not_names = pending.not_names
            text = self.tr("The annual report was saved as %1.").replace("%1", written.name)
            self.message.setText(text)
            self.status_message.emit(text)

        self.message.setText(self.tr("Writing the report…"))
        run_task(
            self,
            work,
            on_success=done,
            on_failure=self._failed,
            progress_label=self.tr("Writing the annual report…"),
        )
