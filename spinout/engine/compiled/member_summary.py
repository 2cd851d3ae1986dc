"""The member-summary library's clause templates, compiled by Jinja 3.1.6.

Written by `make compiled-clauses` (spinout/engine/precompiled.py) from the YAML: do not edit.
"""
# ruff: noqa
# mypy: ignore-errors

JINJA = '3.1.6'
SIGNATURE = 'f66b7cfbb3f2653c321e2a41282bbb173d8f765d8db9f212bc8dceb9a89d0215'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join


def _t0(environment):
    name = 'member-summary/part-title'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield 'What membership means for you: '
        yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'name'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t1(environment):
    name = 'summary-cost/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield 'You buy '
        yield str(('one share' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') == 1) else str_join((environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required'), ' shares', ))))
        yield ' for '
        yield str(t_1((environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') * environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value'))))
        yield ' when you join. '
        if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable') and environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'membership_share_withdrawable')):
            pass
            yield 'You can ask for this money back when you leave. It is not guaranteed: the board can delay paying it if the society is short of money, and if the society owes more than it owns it can pay back less than you paid, as the rules allow.'
        else:
            pass
            yield 'You do not get this money back when you leave.'
        yield ' '
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares'):
            pass
            yield 'You may be able to buy more shares, but they never give you more votes.'
        yield ' If the society runs into debt, you cannot lose more than you paid for your shares.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t2(environment):
    name = 'summary-cost/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('Your shares' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'investor') else str_join(('Shares you buy beyond the ', ('one' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') == 1) else 'ones'), ' you need to join', ))))
        yield ' may earn interest, if the board decides the society can afford it. The rules set a top rate. Interest pays for the use of your money: it is not a share of the profits.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t3(environment):
    name = 'summary-cost/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'investor') or environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares')) and environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t4(environment):
    name = 'summary-decide/0/item0'

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
        yield 'changing the rules: '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t5(environment):
    name = 'summary-decide/0/item1'

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
        yield 'closing the society down: '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'dissolution')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t6(environment):
    name = 'summary-decide/0/item2'

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
        yield 'merging with another body: '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'merger')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t7(environment):
    name = 'summary-decide/0/item3'

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
        yield 'removing a director: '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'remove_director')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t8(environment):
    name = 'summary-join/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_cbs = resolve('is_cbs')
        l_0_society = resolve('society')
        l_0_member_classes = resolve('member_classes')
        l_0_member_class = resolve('member_class')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        if (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs):
            pass
            yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
            yield ' is run for the good of the community, not to make money for its members. Its members have the say in how it is run.'
        else:
            pass
            yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
            yield ' is owned by its members.'
        if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1):
            pass
            yield ' They are in '
            yield str(t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)))
            yield ' groups, which the rules call member classes.'
        yield ' Who can join as one of its '
        yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'name'))
        yield ': '
        yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'eligibility'))

    blocks = {}
    debug_info = '1=21'
    return locals()


def _t9(environment):
    name = 'summary-join/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        if ((environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age') > 0) and environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations')):
            pass
            yield 'If you join for yourself, you must be '
            yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age'))
            yield ' or older. A group or organisation can join too, through one person it names.'
        elif (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age') > 0):
            pass
            yield 'You must be '
            yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age'))
            yield ' or older.'
        else:
            pass
            yield 'There is no age limit.'
        yield ' To join, fill in the application form and give it to the secretary. If the board says no, it must tell you why in writing and give your money back.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t10(environment):
    name = 'summary-join/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('1' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'employees') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t11(environment):
    name = 'summary-leave/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_member_class = resolve('member_class')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'You can leave at any time by writing to the secretary. '
        if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable') and environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'membership_share_withdrawable')):
            pass
            yield 'You can then ask for your share money back'
            if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months') > 0):
                pass
                yield ', after '
                yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months'), 'month'))
                yield "' notice"
            yield '. The board can delay this if the society is short of money, or pay back less if the society owes more than it owns.'
        else:
            pass
            yield 'Your '
            yield str(('share is' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') == 1) else 'shares are'))
            yield ' then cancelled, and the money stays with the society.'
        yield ' '
        if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares') and environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable')):
            pass
            if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'membership_share_withdrawable'):
                pass
                yield 'Any extra shares are paid back in the same way.'
            else:
                pass
                yield 'Extra shares can be paid back'
                if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months') > 0):
                    pass
                    yield ' after '
                    yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months'), 'month'))
                    yield "' notice"
                yield ', but the board can delay this, or pay back less if the society owes more than it owns.'
        yield ' If you stop meeting the conditions for membership, it ends once the board tells you in writing.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t12(environment):
    name = 'summary-money/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        l_0_member_class = resolve('member_class')
        l_0_basis = l_0_sharers = l_0_names = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['lower']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'lower' found.")
        pass
        l_0_basis = t_3(environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'participation_basis'))
        context.vars['basis'] = l_0_basis
        context.exported_vars.add('basis')
        l_1_member_classes = resolve('member_classes')
        t_4 = []
        pass
        for l_2_c in (undefined(name='member_classes') if l_1_member_classes is missing else l_1_member_classes):
            l_2_stem = missing
            _loop_vars = {}
            pass
            l_2_stem = environment.getitem(environment.call(context, environment.getattr(environment.getattr(l_2_c, 'key'), 'split'), '-', _loop_vars=_loop_vars), 0)
            _loop_vars['stem'] = l_2_stem
            l_2_stem = ((undefined(name='stem') if l_2_stem is missing else l_2_stem)[:(-1)] if (environment.call(context, environment.getattr((undefined(name='stem') if l_2_stem is missing else l_2_stem), 'endswith'), 's', _loop_vars=_loop_vars) and (not environment.call(context, environment.getattr((undefined(name='stem') if l_2_stem is missing else l_2_stem), 'endswith'), 'ss', _loop_vars=_loop_vars))) else (undefined(name='stem') if l_2_stem is missing else l_2_stem))
            _loop_vars['stem'] = l_2_stem
            if (((environment.getattr(l_2_c, 'user') and (not environment.getattr(l_2_c, 'investor'))) and (t_2((undefined(name='stem') if l_2_stem is missing else l_2_stem)) > 3)) and ((undefined(name='stem') if l_2_stem is missing else l_2_stem) in (undefined(name='basis') if l_0_basis is missing else l_0_basis))):
                pass
                t_4.extend((
                    '|',
                    str(environment.getattr(l_2_c, 'key')),
                ))
        l_2_c = l_2_stem = missing
        t_4.append(
            '|',
        )
        l_0_sharers = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
        context.vars['sharers'] = l_0_sharers
        context.exported_vars.add('sharers')
        l_1_member_classes = missing
        l_1_member_classes = resolve('member_classes')
        t_5 = []
        pass
        for l_2_c in (undefined(name='member_classes') if l_1_member_classes is missing else l_1_member_classes):
            l_2_stem = missing
            _loop_vars = {}
            pass
            l_2_stem = environment.getitem(environment.call(context, environment.getattr(environment.getattr(l_2_c, 'key'), 'split'), '-', _loop_vars=_loop_vars), 0)
            _loop_vars['stem'] = l_2_stem
            l_2_stem = ((undefined(name='stem') if l_2_stem is missing else l_2_stem)[:(-1)] if (environment.call(context, environment.getattr((undefined(name='stem') if l_2_stem is missing else l_2_stem), 'endswith'), 's', _loop_vars=_loop_vars) and (not environment.call(context, environment.getattr((undefined(name='stem') if l_2_stem is missing else l_2_stem), 'endswith'), 'ss', _loop_vars=_loop_vars))) else (undefined(name='stem') if l_2_stem is missing else l_2_stem))
            _loop_vars['stem'] = l_2_stem
            if (((environment.getattr(l_2_c, 'user') and (not environment.getattr(l_2_c, 'investor'))) and (t_2((undefined(name='stem') if l_2_stem is missing else l_2_stem)) > 3)) and ((undefined(name='stem') if l_2_stem is missing else l_2_stem) in (undefined(name='basis') if l_0_basis is missing else l_0_basis))):
                pass
                t_5.extend((
                    str(environment.getattr(l_2_c, 'name')),
                    '|',
                ))
        l_2_c = l_2_stem = missing
        l_0_names = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
        context.vars['names'] = l_0_names
        context.exported_vars.add('names')
        l_1_member_classes = missing
        if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'reserves_first'):
            pass
            yield 'Profits go first into savings. '
        if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'investor') or (not environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'user'))):
            pass
            yield 'Some of the rest may be shared among '
            yield str((t_1(environment.call(context, environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'split'), '|')[:(-1)]) if ((undefined(name='sharers') if l_0_sharers is missing else l_0_sharers) != '|') else 'members who take part in the business'))
            yield ', by how much each one took part. Your group does not get a share of the profits.'
        elif ((undefined(name='sharers') if l_0_sharers is missing else l_0_sharers) == '|'):
            pass
            yield 'Some of the rest may be shared among members by how much each one took part, measured by '
            yield str(environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'participation_basis'))
            yield ', never by how many shares they hold. You get a share only if you take part in that way.'
        elif (str_join(('|', environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'key'), '|', )) in (undefined(name='sharers') if l_0_sharers is missing else l_0_sharers)):
            pass
            yield 'Some of the rest may be shared among members by how much each one took part, measured by '
            yield str(environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'participation_basis'))
            yield ', never by how many shares they hold.'
        else:
            pass
            yield 'Some of the rest may be shared among '
            yield str(t_1(environment.call(context, environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'split'), '|')[:(-1)]))
            yield ' by how much each one took part, measured by '
            yield str(environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'participation_basis'))
            yield '. Your group does not get a share of it.'

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t13(environment):
    name = 'summary-money/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_coop = resolve('is_coop')
        l_0_profits = resolve('profits')
        pass
        yield str(('1' if ((undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) and environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t14(environment):
    name = 'summary-money/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield 'Profits are not paid out to members. They stay in the society'
        if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes'):
            pass
            yield ', or pay for training and help for the community'
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t15(environment):
    name = 'summary-money/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_coop = resolve('is_coop')
        l_0_profits = resolve('profits')
        pass
        yield str(('1' if ((undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) and (not environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend'))) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t16(environment):
    name = 'summary-money/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield str(('1' if (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t17(environment):
    name = 'summary-money/3'

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
        yield 'The rules lock in what the society owns, so it can never be shared out among members. If the society closes, what is left goes to a body with a similar lock. Changing this lock needs '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'entrenched')))
        yield ' of the votes cast.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t18(environment):
    name = 'summary-money/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t19(environment):
    name = 'summary-money/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t20(environment):
    name = 'summary-money/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t21(environment):
    name = 'summary-money/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_is_coop = resolve('is_coop')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'none') and (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t22(environment):
    name = 'summary-money/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'none') and (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t23(environment):
    name = 'summary-vote/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        l_0_member_class = resolve('member_class')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_3 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_4 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        yield 'Every member has one vote, however many shares they hold. '
        if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted')):
            pass
            yield 'The votes at general meetings are split between the groups. Your group has '
            yield str(t_2(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'vote_share')))
            yield ' of the votes, so no group wins just by having more members.'
            if (not t_4(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'max_vote_share'))):
                pass
                yield " Your group's share can never go above "
                yield str(t_2(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'max_vote_share')))
                yield ', even when another group does not vote.'
        elif (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1):
            pass
            yield "Every member's vote counts the same, whichever group they are in."
            if (not t_4(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'max_vote_share'))):
                pass
                yield ' But the votes of your group can count for no more than '
                yield str(t_2(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'max_vote_share')))
                yield ' of all the votes cast, however many of you vote.'
        yield ' '
        if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) == 1):
            pass
            yield 'Members elect up to '
            yield str(t_3(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'board_seats'), 'director'))
            yield ' to the board, which runs the society day to day.'
        elif (not t_4(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'max_board_seats'))):
            pass
            yield 'All the members together elect directors to the board.'
            if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'max_board_seats') == 0):
                pass
                yield ' No director can come from your group.'
            else:
                pass
                yield ' No more than '
                yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'max_board_seats'))
                yield ' of them can come from your group.'
        elif (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'board_seats') == 0):
            pass
            yield 'Your group has no seats of its own on the board. You have your say by voting at general meetings.'
        else:
            pass
            yield 'Your group elects '
            yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'board_seats'))
            yield ' of the directors on the board.'
        yield ' All members are invited to a general meeting every year.'

    blocks = {}
    debug_info = '1=39'
    return locals()


def _t24(environment):
    name = 'summary-vote/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'votes_on_demutualisation')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


TEMPLATES = {
    'member-summary/part-title': ('8f1d44fc7e887ba31a4bb2fd35b59f823a78d6782d0166d46c677d2af5084422', _t0),
    'summary-cost/0': ('8f12e352df6feb0a3d08b3b425556b32fd6c800b7f4a1c85b8cf6b78a233bf2f', _t1),
    'summary-cost/1': ('b0af38f55e0e64db8d89508c42e424fa90d82e8580cfbc0084f625cf24247d89', _t2),
    'summary-cost/1/when': ('a0d0033cdb6b0331d7c2d14bc73641fc013298fb2cceac8f08804ce9e9a2792e', _t3),
    'summary-decide/0/item0': ('f271a3bfa71fb661d62df1ec5fc9269302df29c7a7f177152111e9407a287ad6', _t4),
    'summary-decide/0/item1': ('2162a28482cb244682cd46236e439bedf43e0b01e580d318d1b21265156ac3fd', _t5),
    'summary-decide/0/item2': ('b5850cfced5c86c68c34fac12a6970c154701df674c2397098104d5c94de19e0', _t6),
    'summary-decide/0/item3': ('ceb043cea3bbf9c057ae8a152db1a911e12ebd810210a246e926d0b8bf4572df', _t7),
    'summary-join/0': ('0682729fbee46d1183fbff51f259474a6ee1ff013481c5107a99ecf9be0e0a69', _t8),
    'summary-join/1': ('06e061528314c620a7601102a5d16b5f2e5ae8c26f16874454a7f5af539681d7', _t9),
    'summary-join/2/when': ('e4b0ae9ea5ad027c59f1ff4d5662b911dfa6b9b378e156cf93306d9d821fbe41', _t10),
    'summary-leave/0': ('8d64861e5af43bd916417bd4fa27f9d3e91a959f268281be2771e3be8fcbb4a4', _t11),
    'summary-money/0': ('691681607881202a22c7ecc80b51842658a3b3f52d6d6739beba4160873dc08c', _t12),
    'summary-money/0/when': ('47d947da64603a3bd4eb1c92244f61ff23c2ea9ecdc1b52ae4f4060dd0027909', _t13),
    'summary-money/1': ('470912618022726728a1375132a58e930419a8d865bca4bd41870496ca6ff992', _t14),
    'summary-money/1/when': ('d81a0d9f4f5e4201a166bcc829198d31f09e7e6eb3114ae750483a22e2d6654f', _t15),
    'summary-money/2/when': ('d4fed9d6b6f5c9b0d7e0b3feb8888d88ce44707568be5de12bb655cf4defaa5f', _t16),
    'summary-money/3': ('b77176079d94fca61066e790492096607bab0366951dcf7b453401bde3e92944', _t17),
    'summary-money/3/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t18),
    'summary-money/4/when': ('ac29ad171606695ae3306e93e9aff4643a41a709dc237653da9f7b1bc7f81559', _t19),
    'summary-money/5/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t20),
    'summary-money/6/when': ('b7ef4ed719d2435a1f7fe6ef23526fd69aa9ace02b34d0c5d3e8faad3c79d088', _t21),
    'summary-money/7/when': ('71db16abce5d4c9d51e00b2e52e095f5cc00a5bea03aa60ddbd4cf64494a8d56', _t22),
    'summary-vote/0': ('95c10743ebc69c1fec4785b900e8c56439a993df0a3f2bd4fefe0a161812ce26', _t23),
    'summary-vote/1/when': ('081a45ef622f1e47a4905168a12df84a0c269697366834699219785643fd6f63', _t24),
}
