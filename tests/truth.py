"""Read a rendered business case (Markdown) back into its tables and sentences, and check that
no sentence says more than, or other than, its own tables show. Written from the document, not
from the engine: if the text and the tables disagree, a reader would see it too."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]

    def row(self, label: str) -> list[str] | None:
        return next((r[1:] for r in self.rows if r[0] == label), None)

    def money_row(self, label: str) -> list[int] | None:
        found = self.row(label)
        return [money(c) for c in found] if found is not None else None


def plain(cell: str) -> str:
    return cell.strip().removeprefix("**").removesuffix("**").replace("\\", "").strip()


def money(cell: str) -> int:
    text = plain(cell).replace(",", "")
    sign = -1 if text.startswith("-") else 1
    return sign * int(text.lstrip("-").lstrip("£"))


def tables(markdown: str) -> dict[str, Table]:
    found: dict[str, Table] = {}
    lines = markdown.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("**") and index + 2 < len(lines) and lines[index + 2].startswith("|"):
            caption = line.strip("*")
            body = []
            for row in lines[index + 2:]:
                if not row.startswith("|"):
                    break
                body.append([plain(c) for c in row.strip().strip("|").split(" | ")])
            headers, rows = body[0], [r for r in body[2:]]
            found[caption] = Table(caption, headers, rows)
    return found


def prose(markdown: str) -> str:
    """The sentences: every line that is not a table, joined."""
    return " ".join(plain(line) for line in markdown.splitlines() if not line.startswith("|"))


POUNDS = r"(-?£[\d,]+)"


def check(markdown: str) -> list[str]:
    """Every contradiction between the case's sentences and its tables, in words."""
    t, text = tables(markdown), prose(markdown)
    problems: list[str] = []
    ie = t.get("Five-year income and expenditure")
    if ie is None:
        return ["no income and expenditure table"]
    problems += _adds_up(t)
    after = ie.money_row("Surplus (deficit) after tax")
    operating = ie.money_row("Operating result")
    five_year = after[5]
    for match in re.finditer(r"total surplus after tax of " + POUNDS, text):
        if money(match.group(1)) != five_year or five_year < 0:
            problems.append(f"says a five-year surplus of {match.group(1)}; the table says {five_year}")
    for match in re.finditer(r"total deficit after tax of " + POUNDS, text):
        if -money(match.group(1)) != five_year:
            problems.append(f"says a five-year deficit of {match.group(1)}; the table says {five_year}")
    problems += _break_even(text, after[:5], operating[:5])
    problems += _cash(text, t)
    problems += _year1(text, ie)
    problems += _sensitivity(text, t, five_year)
    problems += _staff(text, t)
    problems += _host(text, t)
    return problems


def _adds_up(t: dict[str, Table]) -> list[str]:
    problems = []
    for caption in ("Five-year income and expenditure", "The host body's costs, in-house and with the mutual"):
        table = t.get(caption)
        if table is None:
            continue
        for row in table.rows:
            if caption.startswith("Five") and len(row) == 7:
                values = [money(c) for c in row[1:]]
                if sum(values[:5]) != values[5]:
                    problems.append(f"{caption}: {row[0]} does not add up across the years")
    ie = t["Five-year income and expenditure"]
    income = [ie.money_row(label) for label in ("Contract income", "Other income") if ie.row(label)]
    recurring = ie.money_row("Recurring income")
    if [sum(col) for col in zip(*income, strict=True)] != recurring:
        problems.append("recurring income is not the sum of its lines")
    costs_labels = [r[0] for r in ie.rows]
    start, end = costs_labels.index("Recurring income") + 1, costs_labels.index("Recurring costs")
    lines = [ie.money_row(label) for label in costs_labels[start:end]]
    if [sum(col) for col in zip(*lines, strict=True)] != ie.money_row("Recurring costs"):
        problems.append("recurring costs are not the sum of their lines")
    operating = [a - b for a, b in zip(recurring, ie.money_row("Recurring costs"), strict=True)]
    if operating != ie.money_row("Operating result"):
        problems.append("the operating result is not income less costs")
    cash = t.get("Cash by year")
    if cash is not None:
        rows = [r for r in cash.rows
                if r[0] not in ("Lowest month-end cash", "In month", "Year-end cash in months of costs")]
        flows = [[money(c) for c in r[1:]] for r in rows]
        closing = cash.money_row("Cash at the year end")
        if [sum(col) - c for col, c in zip(zip(*flows, strict=True), closing, strict=True)] != closing:
            problems.append("the yearly cash table does not add up from the start to the year end")
    balance = t.get("Balance sheet at each year end")
    if balance is not None and balance.money_row("Net assets") != balance.money_row("Total funds"):
        problems.append("the balance sheet does not balance")
    return problems


def _break_even(text: str, after: list[int], operating: list[int]) -> list[str]:
    problems = []
    cumulative, running = [], 0
    for value in after:
        running += value
        cumulative.append(running)
    claim = re.search(r"(?<!not )breaks even", text)
    if claim:
        year = re.search(r"zero or more from (?:the end of )?year (\d)", text)
        if year is None:
            problems.append("says the plan breaks even without saying from when")
        else:
            first = int(year.group(1))
            if any(c < 0 for c in cumulative[first - 1:]) or cumulative[-1] < 0:
                problems.append(f"says the plan breaks even from year {first}, but the cumulative result is "
                                f"{cumulative}")
            if any(o < 0 for o in operating[first - 1:]):
                problems.append(f"says the plan breaks even, but an operating result after year {first} is negative")
    for match in re.finditer(r"[Rr]ecurring income covers recurring costs from year (\d)", text):
        year = int(match.group(1))
        if any(o < 0 for o in operating[year - 1:]) or (year > 1 and operating[year - 2] >= 0):
            problems.append(f"says recurring income covers costs from year {year}; operating results {operating}")
    return problems


def _cash(text: str, t: dict[str, Table]) -> list[str]:
    problems = []
    monthly, yearly = t.get("Cash month by month, first 18 months"), t.get("Cash by year")
    lowest = min(yearly.money_row("Lowest month-end cash")) if yearly else None
    match = re.search(r"Cash is at its lowest at the end of ([A-Za-z]+ \d{4}|Before go-live), "
                      r"at (£[\d,]+)( overdrawn)?", text)
    if match and lowest is not None:
        said = money(match.group(2)) * (-1 if match.group(3) else 1)
        if said != lowest:
            problems.append(f"says cash is lowest at {said}; the cash table's lowest month is {lowest}")
        if monthly and lowest == min(money(r[-1]) for r in monthly.rows):
            month = next(r[0] for r in monthly.rows if money(r[-1]) == lowest)
            if month != match.group(1):
                problems.append(f"says cash is lowest in {match.group(1)}; the table says {month}")
    if lowest is not None and lowest < 0 and "Cash stays above zero" in text:
        problems.append("says cash stays above zero, but a month-end balance is negative")
    return problems


def _year1(text: str, ie: Table) -> list[str]:
    problems = []
    operating = ie.money_row("Operating result")[0]
    match = re.search(r"operating result \(recurring income less recurring costs\) is a (surplus|deficit) of "
                      + POUNDS, text)
    if match:
        said = money(match.group(2)) * (1 if match.group(1) == "surplus" else -1)
        if said != operating:
            problems.append(f"says year 1's operating result is {said}; the table says {operating}")
    pension = ie.money_row("Employer pension")
    if pension and any(pension) and "no employer pension contributions" in text:
        problems.append("says no employer pension contributions while the table charges them")
    growth = re.findall(r"income (rises|falls) by ([\d.]+)% a year|income stays the same every year", text)
    kinds = {g[0] or "same" for g in growth}
    if len(kinds) > 1:
        problems.append(f"describes the income trend two ways: {sorted(kinds)}")
    contract = ie.money_row("Contract income")
    if contract[0] and kinds:
        trend = "rises" if contract[1] > contract[0] else "falls" if contract[1] < contract[0] else "same"
        if kinds != {trend}:
            problems.append(f"says income {kinds.pop()}, but the table's contract income {trend}")
    return problems


def _sensitivity(text: str, t: dict[str, Table], five_year: int) -> list[str]:
    table = t.get("Sensitivity")
    if table is None:
        return []
    problems = []
    base = money(table.rows[0][2])
    if base != five_year:
        problems.append(f"the sensitivity base ({base}) is not the five-year result ({five_year})")
    match = re.search(r"The worst single (?:test is|risk tested, )(.*?),? (?:which )?(?:would )?leaves? a five-year "
                      r"(surplus|deficit) of " + POUNDS, text)
    if match:
        said = money(match.group(3)) * (1 if match.group(2) == "surplus" else -1)
        worst = min(money(r[2]) for r in table.rows[1:])
        if said != worst:
            problems.append(f"says the worst test leaves {said}; the table's worst is {worst}")
    match = re.search(r"contract price falls by up to ([\d.]+)%", text)
    price = table.row("Contract price")
    if match and price:
        switch = Decimal(price[3].split("%")[0])
        if Decimal(match.group(1)) + Decimal("0.1") != switch:
            problems.append(f"says the price can fall {match.group(1)}%; the switching value is {price[3]}")
    return problems


def _staff(text: str, t: dict[str, Table]) -> list[str]:
    staff = t.get("Staff and pay in year 1")
    if staff is None:
        return []
    total = Decimal(staff.row("Total")[0])
    problems = []
    for match in re.finditer(r"([\d.]+) full-time equivalent (?:posts|staff)", text):
        if Decimal(match.group(1)) != total:
            problems.append(f"says {match.group(1)} full-time equivalent posts; the staff table says {total}")
    pay = money(staff.row("Total")[3])
    roles = [money(r[4]) for r in staff.rows if r[0] != "Total"]
    if sum(roles) != pay:
        problems.append("the staff table's pay does not add up")
    return problems


def _host(text: str, t: dict[str, Table]) -> list[str]:
    host = t.get("The host body's costs, in-house and with the mutual")
    if host is None:
        return []
    total = money(host.row("Over the contract")[-1])
    match = re.search(r"would cost .*? (£[\d,]+) (less|more) with the mutual than in-house", text)
    if match:
        said = money(match.group(1)) * (1 if match.group(2) == "less" else -1)
        if said != total:
            return [f"says the host saves {said}; the table says {total}"]
    return []
