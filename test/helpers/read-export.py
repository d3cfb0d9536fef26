#!/usr/bin/python3
"""Reads an export back with readers independent of the writers (issue 18) and prints JSON.

usage: read-export.py csv|xlsx|ics|mspdi FILE

- csv:   Python's csv module (RFC 4180 dialect): the rows as lists of strings.
- xlsx:  openpyxl: per sheet, every cell as {value, type, format}; dates as ISO text with type "d".
- ics:   icalendar: the events with UID, SUMMARY, DESCRIPTION, DTSTART/DTEND (and whether they are dates).
- mspdi: xml.etree: the root's namespace and tag, and every task with its fields and predecessor links.
"""
import csv
import datetime
import json
import sys


def read_csv(path):
    with open(path, newline='', encoding='utf-8') as handle:
        return list(csv.reader(handle, strict=True))


def read_xlsx(path):
    import openpyxl
    workbook = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                value = cell.value
                if isinstance(value, datetime.datetime):
                    value = value.isoformat()
                cells.append({'value': value, 'type': cell.data_type, 'format': cell.number_format})
            rows.append(cells)
        sheets[sheet.title] = rows
    return {'sheets': workbook.sheetnames, 'cells': sheets}


def read_ics(path):
    import icalendar
    with open(path, 'rb') as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = []
    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND')
        events.append({
            'uid': str(event['UID']),
            'summary': str(event['SUMMARY']),
            'description': str(event.get('DESCRIPTION', '')),
            'start': start.isoformat(),
            'end': end.isoformat(),
            'allDay': type(start) is datetime.date and type(end) is datetime.date,
        })
    return {'version': str(calendar['VERSION']), 'events': events}


def read_mspdi(path):
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    namespace = root.tag[1:root.tag.index('}')] if root.tag.startswith('{') else ''
    ns = {'p': namespace}

    def text(element, name):
        found = element.find(f'p:{name}', ns)
        return None if found is None else found.text

    tasks = []
    for task in root.findall('p:Tasks/p:Task', ns):
        tasks.append({
            'uid': text(task, 'UID'), 'name': text(task, 'Name'), 'outlineLevel': text(task, 'OutlineLevel'),
            'start': text(task, 'Start'), 'finish': text(task, 'Finish'), 'duration': text(task, 'Duration'),
            'milestone': text(task, 'Milestone'), 'summary': text(task, 'Summary'), 'critical': text(task, 'Critical'),
            'predecessors': [
                {'uid': text(link, 'PredecessorUID'), 'type': text(link, 'Type'), 'lag': text(link, 'LinkLag')}
                for link in task.findall('p:PredecessorLink', ns)
            ],
        })
    return {'namespace': namespace, 'root': root.tag.split('}')[-1], 'title': text(root, 'Title'), 'tasks': tasks}


READERS = {'csv': read_csv, 'xlsx': read_xlsx, 'ics': read_ics, 'mspdi': read_mspdi}

if __name__ == '__main__':
    print(json.dumps(READERS[sys.argv[1]](sys.argv[2])))
