<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventSummary</name>
    <message numerus="yes">
        <source>%1 resubscribed for %n month(s)</source>
        <extracomment>%1 is a viewer; %n the total months subscribed</extracomment>
        <translation>
            <numerusform>%1 resubscribed for %n month</numerusform>
            <numerusform>%1 resubscribed for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gifted %n sub(s) to the community</source>
        <translation>
            <numerusform>%1 gifted %n sub to the community</numerusform>
            <numerusform>%1 gifted %n subs to the community</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 raided with %n viewer(s)</source>
        <extracomment>%1 is the raiding channel; %n the number of viewers it brought</extracomment>
        <translation>
            <numerusform>%1 raided with %n viewer</numerusform>
            <numerusform>%1 raided with %n viewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raiding %1 with %n viewer(s)</source>
        <translation>
            <numerusform>Raiding %1 with %n viewer</numerusform>
            <numerusform>Raiding %1 with %n viewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cheered %n bit(s)</source>
        <translation>
            <numerusform>%1 cheered %n bit</numerusform>
            <numerusform>%1 cheered %n bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 used %n bit(s)</source>
        <translation>
            <numerusform>%1 used %n bit</numerusform>
            <numerusform>%1 used %n bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 watched %n stream(s) in a row</source>
        <translation>
            <numerusform>%1 watched %n stream in a row</numerusform>
            <numerusform>%1 watched %n streams in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train reached level %n</source>
        <translation>
            <numerusform>The hype train reached level %n</numerusform>
            <numerusform>The hype train reached level %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hype train ended at level %n</source>
        <translation>
            <numerusform>The hype train ended at level %n</numerusform>
            <numerusform>The hype train ended at level %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An ad break of %n second(s) started</source>
        <translation>
            <numerusform>An ad break of %n second started</numerusform>
            <numerusform>An ad break of %n seconds started</numerusform>
        </translation>
    </message>
</context>
</TS>
