# Fills the English plural forms of streamside_en.ts: "(s)" dropped for one, "s" for many.
import sys, xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter('message'):
    if message.get('numerus') != 'yes':
        continue
    source = message.find('source').text
    translation = message.find('translation')
    if translation.get('type') != 'unfinished' and len(translation.findall('numerusform')) == 2 and all(f.text for f in translation.findall('numerusform')):
        continue
    translation.attrib.pop('type', None)
    for form in list(translation):
        translation.remove(form)
    translation.text = None
    for text in (source.replace('(s)', ''), source.replace('(s)', 's')):
        form = ET.SubElement(translation, 'numerusform')
        form.text = text
with open(path, 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding='utf-8', xml_declaration=False)
