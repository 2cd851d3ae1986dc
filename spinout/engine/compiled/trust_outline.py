"""The trust-outline library's clause templates, compiled by Jinja 3.1.6.

Written by `make compiled-clauses` (spinout/engine/precompiled.py) from the YAML: do not edit.
"""
# ruff: noqa
# mypy: ignore-errors

JINJA = '3.1.6'
SIGNATURE = 'f66b7cfbb3f2653c321e2a41282bbb173d8f765d8db9f212bc8dceb9a89d0215'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join


def _t0(environment):
    name = 'outline-charity-assets/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Land and buildings used by a school are subject to special rules in education law about who holds them and what happens to them if the school closes, changes its status or leaves the Trust. The Articles cannot override those rules, and the solicitor and '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield ' should explain them to the group and the Governing Body.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t1(environment):
    name = 'outline-charity-dissolution/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Winding up the Trust should need a special resolution of the Members: at least '
        if (environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'dissolution') > 75):
            pass
            yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'dissolution')))
            yield ' of the votes cast, which is more than the 75% company law requires'
        else:
            pass
            yield '75% of the votes cast, as company law requires'
        yield ', after the Forum has been consulted.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t2(environment):
    name = 'outline-forum-elections/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_2 = environment.filters['sum']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'sum' found.")
        pass
        yield 'The Articles should provide that each Member Class elects Trustees, in these numbers: '
        def t_3(fiter):
            for l_1_c in fiter:
                if (environment.getattr(l_1_c, 'board_seats') > 0):
                    yield l_1_c
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_3((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            yield ', '
            yield str(t_1(environment.getattr(l_1_c, 'board_seats'), 'Trustee'))
            yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield '. That makes '
        yield str(t_1(t_2(environment, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats'), 'Elected Trustee'))
        yield ' in all. Candidates should normally be Members of the class that elects them, or for a class of organisations, people those organisations put forward.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t3(environment):
    name = 'outline-forum-elections/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['sum']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'sum' found.")
        pass
        yield str(('1' if (t_1(environment, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats') > 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t4(environment):
    name = 'outline-forum-elections/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['sum']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'sum' found.")
        pass
        yield str(('1' if (t_1(environment, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats') == 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t5(environment):
    name = 'outline-forum-elections/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(t_1(t_2(context, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats', 'equalto', 0), attribute='name')))
        yield ' should take part fully in the Forum but elect no Trustees. Their views should still reach the Trustees directly: for example, through a report to every Forum meeting (for learners, from the school council) and a meeting with the Trustees at least once a year.'

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t6(environment):
    name = 'outline-forum-elections/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats', 'equalto', 0))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t7(environment):
    name = 'outline-forum-elections/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield "Only Members of a class should be able to vote in the election for that class's places, with one vote each. Elections should be by secret ballot, held at a Forum meeting or by post or online, with voting open for at least "
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_voting_days'), 'day'))
        yield '.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t8(environment):
    name = 'outline-forum-elections/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Every candidate must be old enough and eligible to be a Trustee (see the point on the board of Trustees). A Member Class should be able to remove a Trustee it elected, by '
        if (environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'remove_director') == 50):
            pass
            yield 'more than half'
        else:
            pass
            yield 'at least '
            yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'remove_director')))
        yield " of the votes cast in that class, after the Trustee has had a fair chance to answer. Company law also lets the company's members remove any director, and the Articles cannot take that away."

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t9(environment):
    name = 'outline-forum-meetings/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        l_0_society = resolve('society')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'The Articles should require the Forum to meet at least twice in each school year. One of those meetings should be its annual meeting, held within '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'agm_within_months'), 'month'))
        yield " after the end of the Trust's financial year ("
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end'))
        yield '), to receive the annual report and accounts and to announce the results of Trustee elections.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t10(environment):
    name = 'outline-forum-meetings/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'Every Member should get at least '
        yield str(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'notice_days'))
        yield " clear days' notice of a Forum meeting, and the notice should also be published at the School and on its website."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t11(environment):
    name = 'outline-forum-meetings/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_meetings = resolve('meetings')
        l_0_spread = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['min']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'min' found.")
        pass
        l_0_spread = t_2(environment, [3, t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes))])
        context.vars['spread'] = l_0_spread
        context.exported_vars.add('spread')
        yield 'A Forum meeting should be quorate only if at least '
        yield str(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'quorum_members'))
        yield ' Members are present'
        if ((undefined(name='spread') if l_0_spread is missing else l_0_spread) > 1):
            pass
            yield ' and they come from at least '
            yield str((undefined(name='spread') if l_0_spread is missing else l_0_spread))
            yield ' different Member Classes, so that no one class can act alone'
        yield '. The solicitor may advise a higher quorum for decisions that matter more.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t12(environment):
    name = 'outline-forum-meetings/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Members should be able to call a special meeting of the Forum if at least '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'requisition_percent')))
        yield ' of Members, or '
        yield str(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'requisition_members'))
        yield ' Members if that is fewer, ask for one In Writing.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t13(environment):
    name = 'outline-forum-meetings/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield str(('1' if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_meetings') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t14(environment):
    name = 'outline-forum-young/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(t_1(t_2(context, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'min_age', 'lt', 16), attribute='name')))
        yield " would be open to children under 16. The Articles, and the Forum's own procedures, should make sure that learners take part in ways that suit their age: meetings during the school day or with staff present, information written for them, and support to speak for themselves."

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t15(environment):
    name = 'outline-forum-young/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'min_age', 'lt', 16))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t16(environment):
    name = 'outline-forum/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        pass
        yield 'The Articles should set up a stakeholder forum (the "Forum") as the place where the Trust\'s stakeholders meet, are heard and hold the Trustees to account. Every Member should belong to the Forum in their Member Class: '
        yield str(t_1(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='name')))
        yield '.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t17(environment):
    name = 'outline-founders/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['first']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'first' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'The group preparing this outline is: '
        l_1_loop = missing
        for l_1_f, l_1_loop in LoopContext((undefined(name='founders') if l_0_founders is missing else l_0_founders), undefined):
            l_1_member_classes = resolve('member_classes')
            l_1_c = missing
            _loop_vars = {}
            pass
            l_1_c = t_1(environment, t_2(context, (undefined(name='member_classes') if l_1_member_classes is missing else l_1_member_classes), 'key', 'equalto', environment.getattr(l_1_f, 'member_class')))
            _loop_vars['c'] = l_1_c
            yield str(environment.getattr(l_1_f, 'name'))
            yield ' ('
            yield str(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name'))
            yield ')'
            yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_f = l_1_member_classes = l_1_c = missing
        yield ' Its contact is '
        yield str(environment.getattr(t_1(environment, t_2(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'secretary')), 'name'))
        yield '.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t18(environment):
    name = 'outline-member-decisions/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'When the Members vote together, each Member Class should carry the share of the votes set out in the table, whatever its size: '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            yield ' '
            yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
            yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_c = missing
        yield ' Within a class, each Member should have one vote.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t19(environment):
    name = 'outline-member-decisions/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted')) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t20(environment):
    name = 'outline-member-decisions/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_2 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'When the Members vote together, each Member should have one vote, whichever class they are in.'
        if t_1(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_vote_share')):
            pass
            yield ' However many of them vote, '
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext(t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_vote_share'), undefined):
                _loop_vars = {}
                pass
                yield 'the votes of '
                yield str(environment.getattr(l_1_c, 'name'))
                yield ' should count for no more than '
                yield str(t_2(environment.getattr(l_1_c, 'max_vote_share')))
                yield ' of the votes cast'
                yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            l_1_loop = l_1_c = missing

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t21(environment):
    name = 'outline-member-decisions/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'one-member-one-vote')) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t22(environment):
    name = 'outline-member-decisions/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Changing the Articles should need a special resolution: at least '
        if (environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change') > 75):
            pass
            yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change')))
            yield ' of the votes cast, which is more than the 75% company law requires'
        else:
            pass
            yield '75% of the votes cast, as company law requires'
        yield '. The group asks the solicitor whether the Objects, the Forum and the values clause can be protected further, for example by needing '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'entrenched')))
        yield ' of the votes cast or the agreement of every Member Class.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t23(environment):
    name = 'outline-member-joining/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        pass
        yield 'The Articles should set a minimum age for each Member Class: '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), undefined):
            _loop_vars = {}
            pass
            yield str((environment.getattr(l_1_c, 'min_age') if (environment.getattr(l_1_c, 'min_age') > 0) else 'none'))
            yield ' for '
            yield str(environment.getattr(l_1_c, 'name'))
            yield str((' (people only: an organisation has no minimum age)' if (environment.getattr(l_1_c, 'organisations') and (environment.getattr(l_1_c, 'min_age') > 0)) else ''))
            yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_c = missing

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t24(environment):
    name = 'outline-members/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield 'The Articles should make the Trust a membership organisation of the people it serves and works with. The group proposes '
        yield str(t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)))
        yield ' Member Classes:'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t25(environment):
    name = 'outline-members/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_4 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'In the table, "Stakeholder group" is the Member Class, "Who can join" and "Minimum age" are its conditions for membership, "Trustee places" is the number of places on the board of Trustees that the class elects through the Forum, and "Share of forum votes" is the weight the class should carry when the Members vote together. The Trust has no shares: a company limited by guarantee has none. Each Member of the company instead promises to pay a small fixed sum (often £1 or £10) towards its debts if it is wound up while they are a Member or soon after they leave. The solicitor will set the amount and the terms.'
        if t_2(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'organisations')):
            pass
            yield ' The minimum age applies to people, not to organisations that join ('
            yield str(t_1(t_3(context, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'organisations'), attribute='name')))
            yield ').'

    blocks = {}
    debug_info = '1=37'
    return locals()


def _t26(environment):
    name = 'outline-name/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'The group proposes that the Trust be called '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield '. The solicitor should check that the name is available at Companies House, that it meets company law on names, and whether the Trust, as a charity, may leave out the word "Limited".'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t27(environment):
    name = 'outline-name/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield "The group proposes that the Trust's registered office be at "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'registered_office'))
        yield '. A company registered in England and Wales must keep its registered office there.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t28(environment):
    name = 'outline-name/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield "The Trust's accounts should be made up to "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end'))
        yield ' each year. '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end') == '31 August'):
            pass
            yield 'That is the end of the school year, which is the date the DfE requires academy trusts to use.'
        else:
            pass
            yield 'If the Trust becomes an academy trust, the DfE requires its accounts to be made up to 31 August: check with your solicitor.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t29(environment):
    name = 'outline-next-steps/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield "This outline is the start of the process, not the end. The usual steps are below. Their order and detail depend on the route and on the DfE's guidance at the time, so check each one with your solicitor and "
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t30(environment):
    name = 'outline-next-steps/0/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Talk early with the Governing Body, the Head Teacher, the staff and their trade unions, and '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t31(environment):
    name = 'outline-objects/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield 'The Articles should give the Trust objects that are exclusively charitable and for the public benefit. The group proposes '
        yield str(('this object' if (t_1(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'objects')) == 1) else 'these objects'))
        yield ', for the solicitor to put into proper form:'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t32(environment):
    name = 'outline-route/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield str(('1' if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') != 'england') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t33(environment):
    name = 'outline-status/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_service = resolve('service')
        pass
        yield 'This document is an outline of points for the articles of association of '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' (the "Trust"), a proposed co-operative trust'
        if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'):
            pass
            yield ' for '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'))
        yield ". It is not the Trust's constitution. It is not a set of rules. It cannot be adopted, signed, filed or registered as it stands, and nobody should rely on it as if it had legal effect."

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t34(environment):
    name = 'outline-status/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield "Whether the school becomes a trust school or an academy, and on what terms, is decided through the statutory process: consultation led by the school's governing body, the governing body's own decision, and the parts played by "
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield ' and the DfE. This outline is material for that process. It does not replace it and it decides nothing.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t35(environment):
    name = 'outline-trustees-balance/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_board = resolve('board')
        l_0_top = l_0_largest = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_4 = environment.filters['max']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'max' found.")
        try:
            t_5 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        l_0_top = t_4(environment, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats'))
        context.vars['top'] = l_0_top
        context.exported_vars.add('top')
        l_0_largest = t_2(context.eval_ctx, t_3(context, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats', 'equalto', (undefined(name='top') if l_0_top is missing else l_0_top)), attribute='name'))
        context.vars['largest'] = l_0_largest
        context.exported_vars.add('largest')
        yield 'The Articles should make sure that no single group can control the Trust. As proposed, the most Trustee places any one Member Class elects is '
        yield str((undefined(name='top') if l_0_top is missing else l_0_top))
        yield ' ('
        yield str(t_1((undefined(name='largest') if l_0_largest is missing else l_0_largest)))
        yield '), on a board of at least '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ' and at most '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'max_size'))
        yield ' Trustees.'

    blocks = {}
    debug_info = '1=44'
    return locals()


def _t36(environment):
    name = 'outline-trustees-balance/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_board = resolve('board')
        try:
            t_1 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_2 = environment.filters['max']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'max' found.")
        pass
        yield str(('1' if ((t_2(environment, t_1(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats')) * 2) >= environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size')) else '0'))

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t37(environment):
    name = 'outline-trustees-board/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield 'The Articles should provide that the Trust is run by a board of Trustees, who are its charity trustees and the directors of the company. The board should have at least '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ' and no more than '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'max_size'))
        yield ' Trustees.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t38(environment):
    name = 'outline-trustees-board/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'Most Trustees should be Elected Trustees, chosen by the Member Classes through the Forum. '
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 0):
            pass
            yield 'The Trustees should also be able to appoint up to '
            yield str(t_1(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max'), 'Co-opted Trustee'))
            yield ', chosen for skills or experience the board lacks, such as finance, law or safeguarding. Co-opted Trustees should never be as many as the Elected Trustees.'
        else:
            pass
            yield "The group does not propose any Co-opted Trustees: every place on the board other than the Head Teacher's (if the Head Teacher is a Trustee) should be filled through the Forum."

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t39(environment):
    name = 'outline-trustees-board/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'Trustees should serve for '
        yield str(t_1(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'term_years'), 'year'))
        yield ' and may stand again. '
        if environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'rotation'):
            pass
            yield 'Terms should be staggered, so that not all the Trustees leave at once.'
        yield ' The group asks the solicitor whether to limit how many terms in a row a Trustee may serve.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t40(environment):
    name = 'outline-trustees-board/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield 'Every Trustee must be at least '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'director_min_age'))
        yield " years old, must not be disqualified from being a company director or a charity trustee, and must have the checks the School's safeguarding duties require, including an enhanced criminal records (DBS) check where the law or DfE guidance calls for one. For an academy trust the DfE has further requirements: check the current guidance."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t41(environment):
    name = 'outline-trustees-board/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield 'The board should meet at least once a term. Its quorum should be at least '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'quorum_min'))
        yield " Trustees, or a higher proportion if the solicitor or the DfE's model articles call for one. The Trustees should elect their chair each year from among themselves"
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 0):
            pass
            yield ', and the chair should be an Elected Trustee'
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t42(environment):
    name = 'outline-trustees-board/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield 'If the number of Trustees falls below '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ', the remaining Trustees should be able to act only to fill the vacancies or to call a meeting of the Forum.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t43(environment):
    name = 'outline-trustees-conduct/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'pay') == 'expenses-only'):
            pass
            yield 'Trustees should not be paid for being Trustees. They may be repaid reasonable expenses.'
        else:
            pass
            yield 'The group has asked for Trustees to be paid if the Members approve. Charity law allows a charity trustee to be paid only where the Articles or the charity regulator allow it and strict conditions are met, and for an academy trust the DfE sets further conditions. Paid trustees are very rare in schools: take advice before asking for this power.'
        yield ' A Trustee who also works for the Trust or the School should be paid only for that work, on proper terms, and should take no part in decisions about it.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t44(environment):
    name = 'outline-trustees-governors/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Whether the Trust appoints a majority of the Governing Body changes the make-up of the Governing Body and its legal position. The solicitor and '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield ' should explain the consequences before the group decides.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t45(environment):
    name = 'outline-trustees-head/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'The Articles should say clearly what place the Head Teacher'
        if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'):
            pass
            yield ' of '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'))
        yield ' has in the Trust. The group should choose, with its solicitor, one of these:'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t46(environment):
    name = 'outline-values-school/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'The Articles, or a written agreement between the Trust and the School'
        if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'):
            pass
            yield ' ('
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'))
            yield ')'
        yield ", should record the School's commitment to teach and live the Co-operative Values, including:"

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t47(environment):
    name = 'outline-values-school/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield 'The Trust should recognise '
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name'):
            pass
            yield str(environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name'))
            yield ' and '
        yield "the trade unions its staff belong to, and should consult them, and the staff, on any change to the School's status or its staff's employer. Any change of employer, such as the transfer of staff to an academy trust, must follow employment law."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t48(environment):
    name = 'outline-values-school/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'trade_union') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t49(environment):
    name = 'outline-values-school/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'social_accounting') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


TEMPLATES = {
    'outline-charity-assets/3': ('e6f37fe81e987e81f69d1eb1ba0ab16b929e95a6ef19b046db63808b2906e611', _t0),
    'outline-charity-dissolution/1': ('3c0989174a7fbab51d1f2dc987b35a8a6ace19cab06852e995e65f53a91b0409', _t1),
    'outline-forum-elections/0': ('85bcba174593aefc2e482f8817629c21648e5f02b7ad84bffd94e61df2f3242a', _t2),
    'outline-forum-elections/0/when': ('83c65ea33640b40ef34d8613a405b9f3d0827cd65dc722f858042ad7890aca54', _t3),
    'outline-forum-elections/1/when': ('af5d755236b98c2e3f559877f069cb40f843ada9f5382decbdf159ae133d9cd0', _t4),
    'outline-forum-elections/2': ('90ae4cb1ea1f3fbc4c2a50ea9dca7776a0f47655b433c2cffd53b07e0e2f9875', _t5),
    'outline-forum-elections/2/when': ('474a45c17f7e95599856393027c39c831ecdf8c8d8b5f55cbfaff146d915c1e6', _t6),
    'outline-forum-elections/3': ('e678a2b50a6d982bb0ac0eecb260a2114a6ea01e25abff763e062cef075d0e40', _t7),
    'outline-forum-elections/4': ('3cd3d98178b16a12b2cbedfd227d4d18179a8eb026cdbb7840998210f19c33b9', _t8),
    'outline-forum-meetings/0': ('edb8a1b56e76173fbefc69e3aeced86bdcc377d5a034493522e790930012212e', _t9),
    'outline-forum-meetings/1': ('92da8538cbbddce598231c55280b652f5e32d3d848d8e153830df9f8e3508e8c', _t10),
    'outline-forum-meetings/2': ('5dace865c65b3f5db7d2fa7fa32a366567c0e9c71966237529d13debca073b67', _t11),
    'outline-forum-meetings/3': ('93e05edcfdf093d1f201c80679b443dae2fbbdb130d919f98913b3a572ea7f37', _t12),
    'outline-forum-meetings/4/when': ('18bf072927f961e37b8344348e4a98b1d0f198193d4d4a2c66b977122737ca8b', _t13),
    'outline-forum-young/0': ('6e6b18b25818919c8e4b9a3f057826487da3e3b2a123be933930ad5958f0a451', _t14),
    'outline-forum-young/when': ('7d6bc964d6ff4752ce654d8ff9d1221449f5cbbab00545d305db8ef6c82531aa', _t15),
    'outline-forum/0': ('871341f7dae100d460f2f39fe4df44cf2c99d55d2884d4dfdefddee2b700690a', _t16),
    'outline-founders/0': ('a79b22e15f36b742d5a2ff31d608ef5083fa2d4111ff8084cc38339b899c20f3', _t17),
    'outline-member-decisions/1': ('638dc20845e7fbe48851927bae89e44f7284da5139ed258bc3279afafa0f8eda', _t18),
    'outline-member-decisions/1/when': ('81c14ba10f66f95bf290a8f2a35d132325faf5e154d2e9ad7e81bf78f6f813ed', _t19),
    'outline-member-decisions/2': ('dd64531cc8fbd6ef733b17ddd897f8e44573d3f550ef6168c57ebad72a11ebd4', _t20),
    'outline-member-decisions/2/when': ('6493a2a16c0bfdbb7a5c1c08a71141e79cc4377691dbf43b89fcf68ce2b5f657', _t21),
    'outline-member-decisions/3': ('9aadac4bd8ad6e80e7f71e39087420b23bce58d7f93f914ebd2f65f5a972d588', _t22),
    'outline-member-joining/1': ('740f9262d1c7ab7a414e94fe426672eebecb00901d15fe30ae14752085147c14', _t23),
    'outline-members/0': ('a2d1bd7edec238b92a6b54a8b9f2fbd60f11e416322fc4eb1bcf8c7d2ed824ab', _t24),
    'outline-members/2': ('2ce6f769c9df8d243dc9d926f5db8af425c56ec673851017e5d0981243472d94', _t25),
    'outline-name/0': ('26695281a1f29c9722ffbb8218493dda67b562bbb567efa756125fc5e0059d99', _t26),
    'outline-name/1': ('d46ba986aeab44bc9d03c301f42794116ec80646ef3f0813446a83c0cebba00e', _t27),
    'outline-name/2': ('f1217127321db6cc9665a97c8324c5a47f2129d93bca56ff7089548123d67634', _t28),
    'outline-next-steps/0': ('7361e6bed9ba0bd563eacabdca413cbdd1ca79408bb79dba51c41582114c3c66', _t29),
    'outline-next-steps/0/item0': ('e7acdf1d6c331f34e9d9688955ddf0ea200e87872479fd25464b3c18e2681bd2', _t30),
    'outline-objects/0': ('23972c3ece93b89cb8d7488b5f0889281a097a979184df1cf7349a1cff467a04', _t31),
    'outline-route/2/when': ('3fc9d5608d3451764db472076e7eeb09f270fdf3f3bdc4de441b12983b7ecf1f', _t32),
    'outline-status/0': ('b79e9f8a08f2697338a76dd8f888aabf4c1247a38d6dad6612cc25a45e720bec', _t33),
    'outline-status/3': ('701c48661af955e30ff9c4e4c0e344fa41c5c642a0030408b3d28240dc91f30b', _t34),
    'outline-trustees-balance/0': ('72a550baad19254851e4aa50f4739d9c0bdd9f74e5d5df3314265213b33246e9', _t35),
    'outline-trustees-balance/1/when': ('ecf637a165ae74be349c99ea00ea27d2cc5e75d348c478beeefccd6ee7f593c9', _t36),
    'outline-trustees-board/0': ('7f64ddbc873f7762971df583cc7ce378c89e3d1ab5ae7cc92ad4eec5392dd40f', _t37),
    'outline-trustees-board/1': ('e3c8811afedbdbb4995053256968cdb438087a7eeb4734cfd741152329d680a6', _t38),
    'outline-trustees-board/2': ('b089c6adc61d37e7859b99af017a480e477d27343a5d4eaedc21162d66675afe', _t39),
    'outline-trustees-board/3': ('2ab9ecbb59144380ab58adc4457c4b28c207c64cdd4242af47a766dc070d25c1', _t40),
    'outline-trustees-board/4': ('6256e82bc1677894f9a1d059f38daf8565339dd0d9cb24a6b2532aedfc71278c', _t41),
    'outline-trustees-board/5': ('8bf7e848e6a513501a60cd3efb025388e4d6ee58ddc57bfeb688a036c8d713ee', _t42),
    'outline-trustees-conduct/0': ('0ea8d45287718cb55de1f775043e2667f3249431cbd80480f5c4f937c1a3c59a', _t43),
    'outline-trustees-governors/1': ('7b53c89f6f09729f5fb7a406838daa8d9873437ae8c55af1eb7f8c57e0637fa1', _t44),
    'outline-trustees-head/0': ('eb9c4d8f0547f9a314b0356510d6a2011447f6be7e92081364a0675193d3a679', _t45),
    'outline-values-school/0': ('85fa3406d580b968cc3e6eeab6fcf5bc1f9d0ca93ab875cb20507a32e04c461b', _t46),
    'outline-values-school/1': ('09c27b11911b55d272aa9e646728570db5d3471240811e47d9aba6adbfce6877', _t47),
    'outline-values-school/1/when': ('d2b568d95e11064b2e088f05d51cb91a2abeb0ce7128f2cdc08db29f830e8bd9', _t48),
    'outline-values-school/2/when': ('208bd5ed6286bb87f2b3b57245dcbf840d53affc42a3a856177ce6aae010b151', _t49),
}
